import type { DiffHandle } from '../../editor/monaco-diff';
import { loadMonacoDiff } from '../../editor/load-monaco';

type Strings = Record<string, string>;

interface SolutionOptions {
  panel: HTMLElement;
  solution: string | undefined;
  strings: Strings;
  /** The learner's code now. */
  code(): string;
  /** Replaces the learner's code as one undoable edit (and saves it). */
  replace(code: string): void;
}

/**
 * Below this width Monaco's diff shows one column instead of two: the same number as
 * `renderSideBySideInlineBreakpoint` in editor/monaco-diff.ts.
 */
const SIDE_BY_SIDE_MIN_PX = 560;

/** Touch-first or narrow screens: Monaco is not usable there (the same rule as code-view.ts). */
const preferPlain = (): boolean =>
  window.matchMedia('(pointer: coarse)').matches || window.matchMedia('(max-width: 640px)').matches;

/**
 * "Show solution": the learner's code beside the reference solution in Monaco's diff view (plain
 * text on small screens). The learner's code changes only through "Copy solution into my code", and
 * that copy can be undone with the Undo button or with Ctrl+Z in the editor.
 */
export function createSolutionPanel(options: SolutionOptions) {
  const { panel, solution, strings } = options;
  const find = <T extends HTMLElement>(selector: string): T => {
    const element = panel.querySelector<T>(selector);
    if (!element) throw new Error(`solution panel is missing ${selector}`);
    return element;
  };
  const toggle = find<HTMLButtonElement>('[data-action="solution"]');
  const body = find<HTMLElement>('[data-solution-body]');
  const host = find<HTMLElement>('[data-diff]');
  const undo = find<HTMLButtonElement>('[data-action="undo-copy"]');
  const note = find<HTMLElement>('[data-copy-note]');
  const intro = find<HTMLElement>('[data-solution-intro]');
  let diff: DiffHandle | undefined;
  let loading: Promise<void> | undefined;
  let beforeCopy: string | undefined;
  panel.hidden = solution === undefined;

  function showPlain(message: string): void {
    const pre = host.ownerDocument.createElement('pre');
    pre.className = 'ex-solution-text';
    pre.tabIndex = 0;
    pre.textContent = solution ?? '';
    host.replaceChildren(pre);
    note.textContent = message;
    intro.textContent = strings['ex.solutionIntroPlain'] ?? '';
  }

  /** Says where the learner's code is, which depends on how the diff lays itself out at this width. */
  function describeDiff(): void {
    const sideBySide = host.clientWidth >= SIDE_BY_SIDE_MIN_PX;
    intro.textContent = strings[sideBySide ? 'ex.solutionIntro' : 'ex.solutionIntroInline'] ?? '';
  }

  async function mountDiff(): Promise<void> {
    if (preferPlain()) return showPlain('');
    try {
      const { createDiff } = await loadMonacoDiff();
      host.replaceChildren();
      diff = createDiff(host, {
        id: 'exercise',
        learner: options.code(),
        solution: solution ?? '',
        dark: document.documentElement.dataset['theme'] === 'dark',
        ariaLabel: strings['ex.solution'] ?? 'Solution',
      });
      host.dataset['ready'] = 'true';
      describeDiff();
    } catch {
      showPlain(strings['ex.diffFailed'] ?? '');
    }
  }

  return {
    async toggle(): Promise<void> {
      const open = body.hidden;
      body.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
      toggle.textContent = open ? (strings['ex.hideSolution'] ?? '') : (strings['ex.solution'] ?? '');
      if (!open) return;
      loading ??= mountDiff();
      await loading;
      diff?.setLearner(options.code());
      if (diff) describeDiff();
    },
    copyIn(): void {
      if (solution === undefined) return;
      beforeCopy = options.code();
      options.replace(solution);
      diff?.setLearner(solution);
      undo.hidden = false;
      note.textContent = strings['ex.copied'] ?? '';
    },
    undoCopy(): void {
      if (beforeCopy === undefined) return;
      options.replace(beforeCopy);
      diff?.setLearner(beforeCopy);
      beforeCopy = undefined;
      undo.hidden = true;
      note.textContent = '';
      toggle.focus();
    },
    /** Keeps the left side current while the learner edits. */
    refresh(): void {
      diff?.setLearner(options.code());
    },
  };
}
