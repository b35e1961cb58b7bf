import { browserStorage } from '../../engine/progress/saved-code';

/**
 * <code-twins>: the tabs of CodeTwins.astro. The two playgrounds inside become tab panels; the
 * language the reader picks is remembered and applied to every pair, on this page and the next, as
 * documentation sites do with their language tabs. Keyboard: the WAI-ARIA tabs pattern (arrows,
 * Home, End; the selected tab is the one Tab stop).
 */
const KEY = 'async-lab:twin-language';
const CHANGED = 'async-lab:twin-language';
type Language = 'python' | 'typescript';

function stored(): Language {
  try {
    return browserStorage(window)?.getItem(KEY) === 'typescript' ? 'typescript' : 'python';
  } catch {
    return 'python';
  }
}

class CodeTwins extends HTMLElement {
  connectedCallback(): void {
    const tabs = [...this.querySelectorAll<HTMLButtonElement>(':scope > .twins-tabs > [role="tab"]')];
    const panels = [...this.querySelectorAll<HTMLElement>(':scope > [data-playground]')];
    for (const tab of tabs) {
      const panel = panels.find((p) => p.dataset['language'] === tab.dataset['language']);
      if (!panel) continue;
      tab.id = `twin-tab-${panel.dataset['playground']}`;
      tab.setAttribute('aria-controls', panel.id || (panel.id = `twin-${panel.dataset['playground']}`));
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      tab.addEventListener('click', () => choose(tab.dataset['language'] as Language));
    }
    this.querySelector('.twins-tabs')?.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
      if (at < 0) return;
      const next =
        key === 'ArrowRight'
          ? (at + 1) % tabs.length
          : key === 'ArrowLeft'
            ? (at - 1 + tabs.length) % tabs.length
            : key === 'Home'
              ? 0
              : key === 'End'
                ? tabs.length - 1
                : -1;
      if (next < 0) return;
      event.preventDefault();
      tabs[next]?.focus();
      choose(tabs[next]?.dataset['language'] as Language);
    });
    this.show(stored());
    document.addEventListener(CHANGED, (event) => this.show((event as CustomEvent<Language>).detail));
  }

  show(language: Language): void {
    this.dataset['selected'] = language;
    for (const tab of this.querySelectorAll<HTMLButtonElement>(':scope > .twins-tabs > [role="tab"]')) {
      const selected = tab.dataset['language'] === language;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
  }
}

function choose(language: Language): void {
  try {
    browserStorage(window)?.setItem(KEY, language);
  } catch {
    // Full or blocked storage: the choice still holds on this page.
  }
  document.dispatchEvent(new CustomEvent(CHANGED, { detail: language }));
}

if (!customElements.get('code-twins')) customElements.define('code-twins', CodeTwins);
