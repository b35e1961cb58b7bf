import { loadMonacoDiff } from '../../editor/load-monaco';
import { lineDiff } from './line-diff';

type Strings = Record<string, string>;

/** Below this width Monaco's diff shows one column (`renderSideBySideInlineBreakpoint` in editor/monaco-diff.ts). */
const SIDE_BY_SIDE_MIN_PX = 560;

/** Touch-first or narrow screens: Monaco is not usable there (the same rule as the solution panel). */
const preferPlain = (): boolean =>
  window.matchMedia('(pointer: coarse)').matches || window.matchMedia('(max-width: 640px)').matches;

interface SubmissionCode {
  /** Holds the diff: Monaco's, or the plain one. */
  host: HTMLElement;
  /** Says how to read what the host shows. */
  intro: HTMLElement;
  starter: string;
  code: string;
  language: 'typescript' | 'python';
  strings: Strings;
}

/**
 * A line diff as text (phones, or Monaco failing to load): every line of the student's code, with
 * the starter's removed lines between them, each marked −/+ and with data-line for the colours.
 */
function showPlain({ host, intro, starter, code, strings }: SubmissionCode): void {
  const doc = host.ownerDocument;
  const pre = doc.createElement('pre');
  pre.className = 'submission-code';
  pre.tabIndex = 0;
  const block = doc.createElement('code');
  block.dataset['code'] = '';
  for (const line of lineDiff(starter, code)) {
    const row = doc.createElement('span');
    row.className = 'submission-line';
    row.dataset['line'] = line.kind;
    row.textContent = `${line.kind === 'added' ? '+' : line.kind === 'removed' ? '−' : ' '} ${line.text}\n`;
    block.append(row);
  }
  pre.append(block);
  host.replaceChildren(pre);
  host.dataset['view'] = 'plain';
  intro.textContent = strings[starter === code ? 'assign.sub.unchanged' : 'assign.sub.diffIntroPlain'] ?? '';
}

/**
 * The student's code against the starter: Monaco's read-only diff (highlighted, side by side where
 * there is room) on a desktop, a marked-up line diff on phones. Only this view loads Monaco, and
 * only when a submission is open.
 */
export async function showSubmissionCode(options: SubmissionCode): Promise<void> {
  const { host, intro, strings } = options;
  if (preferPlain()) return showPlain(options);
  try {
    const { createDiff } = await loadMonacoDiff();
    host.replaceChildren();
    host.classList.add('ex-diff');
    createDiff(host, {
      id: 'submission',
      learner: options.starter,
      solution: options.code,
      language: options.language,
      dark: document.documentElement.dataset['theme'] === 'dark',
      ariaLabel: strings['assign.sub.diffLabel'] ?? '',
      sideLabels: [strings['assign.sub.starterLabel'] ?? '', strings['assign.sub.code'] ?? ''],
    });
    host.dataset['view'] = 'monaco';
    const describe = (): void => {
      const sideBySide = host.clientWidth >= SIDE_BY_SIDE_MIN_PX;
      const key =
        options.starter === options.code
          ? 'assign.sub.unchanged'
          : sideBySide
            ? 'assign.sub.diffIntro'
            : 'assign.sub.diffIntroInline';
      intro.textContent = strings[key] ?? '';
    };
    describe();
    new ResizeObserver(describe).observe(host);
  } catch {
    host.classList.remove('ex-diff');
    showPlain(options);
  }
}
