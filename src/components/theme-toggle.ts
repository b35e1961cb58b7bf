/** Where the reader's explicit theme choice is kept. The inline script in BaseLayout reads it too. */
export const THEME_KEY = 'async-lab:theme';
export type Theme = 'light' | 'dark';

/**
 * Wires the theme button. Browser globals are passed in so the logic is testable.
 * Until the reader presses the button, the theme follows the OS, live; after that, their choice
 * is remembered (when storage is available) and wins.
 */
export function initThemeToggle(
  host: HTMLElement,
  root: HTMLElement,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  matchMedia: (query: string) => MediaQueryList,
): void {
  const button = host.querySelector('button');
  if (!button) return;
  const current = (): Theme => (root.dataset['theme'] === 'dark' ? 'dark' : 'light');
  const render = (): void => {
    const label = current() === 'dark' ? host.dataset['toLight'] : host.dataset['toDark'];
    if (label) button.setAttribute('aria-label', label);
  };

  button.addEventListener('click', () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      storage.setItem(THEME_KEY, next);
    } catch {
      // Blocked or full storage: the switch still works for this page view.
    }
    render();
  });

  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (event) => {
    let stored: string | null = null;
    try {
      stored = storage.getItem(THEME_KEY);
    } catch {
      stored = null;
    }
    if (stored !== 'light' && stored !== 'dark') {
      root.dataset['theme'] = event.matches ? 'dark' : 'light';
      render();
    }
  });
  render();
}
