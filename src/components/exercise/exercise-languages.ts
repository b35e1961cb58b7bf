import { browserStorage } from '../../engine/progress/saved-code';

/**
 * <exercise-languages>: the TypeScript and Python tabs of an exercise (ExerciseLanguages.astro).
 * The language comes from the URL (`?lang=python`, so a shared link opens in it), else from the
 * reader's last choice (the same preference as the lessons' CodeTwins), else TypeScript. Choosing
 * swaps the workspaces: the one put away keeps its state, the other leaves its <template> once.
 */
export type ExerciseLanguage = 'typescript' | 'python';

/** Shared with src/components/twins/code-twins.ts: one choice of language for the whole course. */
const KEY = 'async-lab:twin-language';

const isLanguage = (value: unknown): value is ExerciseLanguage => value === 'typescript' || value === 'python';

/** The language to open in: the URL's `lang`, else the stored choice, else TypeScript. */
export function initialLanguage(search: string, stored: string | null): ExerciseLanguage {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) return asked;
  return isLanguage(stored) ? stored : 'typescript';
}

/** `href` with its `lang` parameter set to `language` (TypeScript, the default, is left out). */
export function withLanguage(href: string, language: ExerciseLanguage, base: string): string {
  const url = new URL(href, base);
  if (language === 'python') url.searchParams.set('lang', language);
  else url.searchParams.delete('lang');
  return url.href;
}

class ExerciseLanguages extends HTMLElement {
  /** The workspace of each language once it has been in the document. */
  private readonly workspaces = new Map<ExerciseLanguage, Element>();

  connectedCallback(): void {
    if (this.workspaces.size > 0) return;
    const panel = this.querySelector('[data-language-panel]');
    const first = panel?.firstElementChild;
    if (!panel || !first) return;
    this.workspaces.set('typescript', first);
    // The tabs and the panel are labelled in the markup (ExerciseLanguages.astro).
    const tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    for (const tab of tabs) {
      tab.addEventListener('click', () => this.choose(tab.dataset['language'] as ExerciseLanguage));
      tab.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End')
          return;
        event.preventDefault();
        const other = tabs.find((t) => t !== tab);
        other?.focus();
        this.choose(other?.dataset['language'] as ExerciseLanguage);
      });
    }
    let stored: string | null = null;
    try {
      stored = browserStorage(window)?.getItem(KEY) ?? null;
    } catch {
      // Blocked storage: no remembered choice.
    }
    this.show(initialLanguage(window.location.search, stored));
  }

  /** The reader's choice: shown, remembered, and written into the URL so a copied link keeps it. */
  choose(language: ExerciseLanguage): void {
    if (!isLanguage(language)) return;
    try {
      browserStorage(window)?.setItem(KEY, language);
    } catch {
      // Full or blocked storage: the choice still holds on this page.
    }
    window.history.replaceState(
      window.history.state,
      '',
      withLanguage(window.location.href, language, window.location.href),
    );
    this.show(language);
  }

  private show(language: ExerciseLanguage): void {
    const panel = this.querySelector('[data-language-panel]');
    const current = panel?.firstElementChild;
    if (!panel || !current) return;
    let next = this.workspaces.get(language);
    if (!next) {
      const template = this.querySelector<HTMLTemplateElement>(`template[data-language-template="${language}"]`);
      next = template ? (document.importNode(template.content, true).firstElementChild ?? undefined) : undefined;
      if (!next) return;
      this.workspaces.set(language, next);
    }
    if (next !== current) current.replaceWith(next);
    this.dataset['selected'] = language;
    for (const tab of this.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      const selected = tab.dataset['language'] === language;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      if (selected) panel.setAttribute('aria-labelledby', tab.id);
    }
    // The instructions' language-specific parts (ForLanguage.astro) and the "assign" link follow.
    const article = this.closest('[data-exercise]');
    if (article instanceof HTMLElement) article.dataset['exerciseLanguage'] = language;
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-assign-exercise]'))
      link.href = withLanguage(link.href, language, window.location.href);
  }
}

if (!customElements.get('exercise-languages')) customElements.define('exercise-languages', ExerciseLanguages);
