import type { CheckResult } from '../../engine';
import { decodeLink } from '../../engine/links';
import type { Assignment, Submission } from '../../schemas/assignment';
import type { ConsoleEntry } from '../../schemas/console-value';
import { finalizeResults, renderResults, summarize } from '../exercise/check-results';
import type { AsyncExercise } from '../exercise/exercise-element';
import { renderMarkdown } from '../exercise/markdown';
import { pageEngine } from '../playground/page-engine';

type Strings = Record<string, string>;

function part<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`assignment page is missing ${selector}`);
  return element;
}

const firstError = (entries: readonly ConsoleEntry[]): string | undefined => {
  const arg = entries.find((e) => e.kind === 'error')?.args[0];
  if (arg?.t === 'string') return arg.v;
  if (arg?.t === 'error') return `${arg.name}: ${arg.message}`;
  return undefined;
};

/** Runs the checks on the student's code, exactly as submitted, in this (the teacher's) browser. */
async function verify(submission: Submission, strings: Strings): Promise<CheckResult[]> {
  const { assignment } = submission;
  let latest: CheckResult[] = [];
  let crash: string | undefined;
  const python = assignment.language === 'python';
  const outcome = await pageEngine().run({
    // A Python submission re-runs its Python checks, in a fresh interpreter like the student's.
    language: assignment.language,
    files: python
      ? { 'main.py': submission.code, 'checks.py': assignment.checks ?? '' }
      : { 'main.ts': submission.code, 'checks.ts': assignment.checks ?? '' },
    timeLimitMs: assignment.timeLimitMs,
    signal: new AbortController().signal,
    events: {
      onPhase: () => undefined,
      onConsole: (entries) => void (crash ??= firstError(entries)),
      onSpans: () => undefined,
      onDiagnostics: () => undefined,
      onChecks: (results) => void (latest = results),
    },
  });
  return finalizeResults(latest, outcome, { timeLimitMs: assignment.timeLimitMs, crash }, strings);
}

function showSubmission(view: HTMLElement, submission: Submission, strings: Strings): void {
  const { assignment } = submission;
  const labels = assignment.checkLabels;
  part(view, '[data-title]').textContent = assignment.title;
  part(view, '[data-instructions]').replaceChildren(renderMarkdown(document, assignment.instructions));
  part(view, '[data-code]').textContent = submission.code;
  const when = new Date(submission.submittedAt).toLocaleString(document.documentElement.lang);
  part(view, '[data-submitted-at]').textContent = (strings['assign.sub.submittedAt'] ?? '').replace('{time}', when);
  renderResults(part(view, '[data-claimed]'), submission.results, labels, strings);
  const claimed = summarize(submission.results, strings);
  part(view, '[data-claimed-summary]').textContent = claimed.text;
  const button = part<HTMLButtonElement>(view, '[data-action="verify"]');
  const verdict = part(view, '[data-verdict]');
  if (!assignment.checks) {
    button.hidden = true;
    verdict.textContent = strings['assign.sub.noChecks'] ?? '';
    return;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    verdict.textContent = strings['ex.checking'] ?? '';
    delete verdict.dataset['verdict'];
    const results = await verify(submission, strings);
    renderResults(part(view, '[data-verified]'), results, labels, strings);
    const mine = summarize(results, strings);
    const agrees =
      results.length === submission.results.length &&
      results.every((r, i) => r.status === submission.results[i]?.status);
    const fill = (key: string): string =>
      (strings[key] ?? '')
        .replace('{n}', String(mine.passed))
        .replace('{m}', String(mine.total))
        .replace('{c}', String(claimed.passed));
    verdict.textContent = [
      mine.allPassed && agrees ? fill('assign.sub.verifiedPass') : fill('assign.sub.verifiedFail'),
      agrees ? '' : fill('assign.sub.disagree'),
    ]
      .filter(Boolean)
      .join(' ');
    verdict.dataset['verdict'] = mine.allPassed && agrees ? 'verified' : 'not-verified';
    button.disabled = false;
  });
}

async function showAssignment(view: HTMLElement, assignment: Assignment, id: string): Promise<void> {
  part(view, '[data-title]').textContent = assignment.title;
  part(view, '[data-instructions]').replaceChildren(renderMarkdown(document, assignment.instructions));
  await customElements.whenDefined('async-exercise');
  part<AsyncExercise>(view, 'async-exercise').start({
    storageKey: `assignment/${id}`,
    language: assignment.language,
    starter: assignment.starter,
    checks: assignment.checks,
    solution: assignment.solution,
    hints: assignment.hints,
    checkLabels: assignment.checkLabels,
    timeLimitMs: assignment.timeLimitMs,
    assignment,
  });
}

async function open(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const decoded = await decodeLink(window.location.hash);
  if (decoded.kind === 'none' || decoded.kind === 'invalid') {
    const view = part(root, '[data-link-error]');
    const text = decoded.kind === 'none' ? strings['assign.err.none'] : strings[`assign.err.${decoded.reason}`];
    part(view, '[data-error-text]').textContent = (text ?? '').replace(
      '{detail}',
      decoded.kind === 'invalid' ? (decoded.detail ?? '') : '',
    );
    view.hidden = false;
    view.dataset['reason'] = decoded.kind === 'none' ? 'none' : decoded.reason;
    return;
  }
  const title = decoded.kind === 'assignment' ? decoded.assignment.title : decoded.submission.assignment.title;
  document.title = `${title} · ${root.dataset['siteName'] ?? ''}`;
  if (decoded.kind === 'assignment') {
    const view = part(root, '[data-assignment]');
    view.hidden = false;
    await showAssignment(view, decoded.assignment, decoded.id);
  } else {
    const view = part(root, '[data-submission]');
    view.hidden = false;
    showSubmission(view, decoded.submission, strings);
  }
}

const root = document.querySelector<HTMLElement>('[data-assign-open]');
if (root) {
  void open(root);
  // Another link pasted into the address bar: start over with it.
  window.addEventListener('hashchange', () => window.location.reload());
}
