import { openIndex, type SearchIndex } from './pagefind';
import { format, renderHit } from './render-results';

export interface SearchOptions {
  /** The site's base path (import.meta.env.BASE_URL), where pagefind/ was written. */
  base: string;
  /** True under `astro dev`, where no index exists: the dialog says so instead of failing. */
  dev: boolean;
  /** The `search.*` UI strings of the page's locale. */
  strings: Record<string, string>;
  /** A dynamic import; passed in so nothing of Pagefind is bundled with the page. */
  load(url: string): Promise<unknown>;
}

/** Keys typed here belong to the reader's text, not to the search shortcut. */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"]), .monaco-editor';

/** Whether a keydown is the search shortcut: / on its own, or Ctrl/Cmd+K. */
export function isSearchShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): boolean {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
  if (!slash && !k) return false;
  return !(event.target instanceof Element && event.target.closest(TYPING));
}

function part<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search is missing ${selector}`);
  return found;
}

/**
 * Wires the header's search button and <dialog>. The modal dialog traps focus and closes on Esc by
 * itself, and gives focus back to the button; this adds the shortcut, the lazy index and results.
 */
export function initSearch(host: HTMLElement, options: SearchOptions): void {
  const doc = host.ownerDocument;
  const dialog = part<HTMLDialogElement>(host, 'dialog');
  const input = part<HTMLInputElement>(dialog, 'input');
  const status = part<HTMLElement>(dialog, '[data-search-status]');
  const list = part<HTMLElement>(dialog, '[data-search-results]');
  const text = (key: string): string => options.strings[key] ?? key;
  let index: Promise<SearchIndex> | undefined;

  const say = (message: string): void => {
    status.textContent = message;
  };

  function loadIndex(): Promise<SearchIndex> {
    if (!index) {
      say(text('search.loading'));
      index = openIndex(options.base, options.load);
      // A failed load (offline, dev) is retried the next time the dialog opens.
      index.catch(() => {
        index = undefined;
        say(text(options.dev ? 'search.dev' : 'search.failed'));
      });
    }
    return index;
  }

  async function search(): Promise<void> {
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
      if (index) say('');
      return;
    }
    let found;
    try {
      found = await (await loadIndex()).search(query);
    } catch {
      return; // loadIndex has already said why.
    }
    // null: a newer keystroke superseded this search; a changed input: its own search is coming.
    if (found === null || query !== input.value.trim()) return;
    list.replaceChildren(...found.hits.map((hit) => renderHit(doc, hit)));
    say(
      found.total === 0 ? format(text('search.empty'), { q: query }) : format(text('search.count'), { n: found.total }),
    );
  }

  function open(): void {
    if (dialog.open) return;
    dialog.showModal();
    input.select();
    loadIndex().then(
      () => {
        if (input.value.trim() === '') say('');
        else void search();
      },
      () => undefined,
    );
  }

  const links = (): HTMLAnchorElement[] => [...list.querySelectorAll('a')];

  part(host, '[data-search-open]').addEventListener('click', open);
  part(dialog, '[data-search-close]').addEventListener('click', () => dialog.close());
  input.addEventListener('input', () => void search());
  // A click on the backdrop (the dialog box itself, outside its content) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
    // A heading on the current page only changes the hash: close so the reader sees it.
    else if (event.target instanceof Element && event.target.closest('a')) dialog.close();
  });
  // Arrow keys move between the input and the result links; Enter in the input opens the first.
  dialog.addEventListener('keydown', (event) => {
    // One Esc closes, as the dialog's footer says, even with text in the box: a search input's
    // own Esc would only clear it and leave the dialog open. The query stays for the next open.
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
      return;
    }
    const all = links();
    const at = all.indexOf(doc.activeElement as HTMLAnchorElement);
    if (event.key === 'Enter' && event.target === input && all[0]) {
      event.preventDefault();
      all[0].click();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (all.length === 0 || (event.target === input && event.key === 'ArrowUp')) return;
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
      (next < 0 ? input : all[next])?.focus();
    }
  });
  doc.addEventListener('keydown', (event) => {
    if (dialog.open || !isSearchShortcut(event)) return;
    event.preventDefault();
    open();
  });
}
