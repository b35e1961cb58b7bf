import type { CheckResult } from '../../engine';
import type { Assignment } from '../../schemas/assignment';
import { renderResults, summarize } from '../exercise/check-results';
import { warmEngine, warmPythonEngine } from '../playground/page-engine';
import { judgeTry, tryMessages } from './try-verdict';
import { verifySubmission } from './verify-submission';

type Strings = Readonly<Record<string, string>>;

/** What the builder hands a try: the assignment as the link would carry it, and the solution to try. */
export type TryInput =
  { kind: 'ready'; assignment: Assignment; solution: string | undefined } | { kind: 'invalid' } | { kind: 'no-checks' };

type Side = 'starter' | 'solution';

const fill = (template: string | undefined, values: Record<string, string | number>): string =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

function part<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`assignment builder is missing ${selector}`);
  return element;
}

/**
 * "Try the checks": runs the checks on the starter and on the reference solution, one after the
 * other, through verifySubmission (the sandbox and limits that grade a student's submission), so
 * what the teacher sees here is what Verify will say. `panel` shows both sides and the verdict;
 * `beside` (next to the link) says whether the link as it stands was tried and how it went. Any
 * edit calls `stale()`: a run under way is abandoned and the results are marked as out of date.
 */
export function createTryPanel(panel: HTMLElement, beside: HTMLElement, strings: Strings, input: () => TryInput) {
  const button = part<HTMLButtonElement>(panel, '[data-action="try"]');
  const status = part(panel, '[data-try-status]');
  const verdictBox = part(panel, '[data-try-verdict]');
  let running: AbortController | undefined;

  const setState = (state: 'untried' | 'running' | 'ok' | 'warn' | 'stale', text: string): void => {
    panel.dataset['tryState'] = state;
    beside.dataset['tryState'] = state;
    beside.textContent = text;
  };

  function showSide(side: Side, results: readonly CheckResult[] | undefined, labels: Record<string, string>): void {
    const box = part(panel, `[data-try-side="${side}"]`);
    const summary = part(box, '[data-try-summary]');
    const list = part(box, '[data-try-results]');
    if (results === undefined) {
      summary.textContent = strings['assign.try.notRun'] ?? '';
      delete summary.dataset['passed'];
      delete summary.dataset['total'];
      list.replaceChildren();
      return;
    }
    const { passed, total } = summarize(results, strings);
    summary.textContent = fill(strings['assign.try.passed'], { n: passed, m: total });
    summary.dataset['passed'] = String(passed);
    summary.dataset['total'] = String(total);
    renderResults(list, results, labels, strings);
  }

  function showVerdict(messages: readonly string[], ok: boolean): void {
    verdictBox.replaceChildren(
      ...messages.map((text) => {
        const p = document.createElement('p');
        p.textContent = text;
        return p;
      }),
    );
    verdictBox.dataset['ok'] = String(ok);
    verdictBox.hidden = messages.length === 0;
  }

  async function runOn(assignment: Assignment, side: Side, code: string, signal: AbortSignal) {
    status.textContent = fill(strings['assign.try.running'], { side: strings[`assign.try.${side}`] ?? side });
    const submission = { v: 2 as const, assignment, code, results: [], submittedAt: new Date().toISOString() };
    const { results } = await verifySubmission(submission, strings, signal);
    return results;
  }

  async function tryChecks(): Promise<void> {
    running?.abort();
    const given = input();
    if (given.kind !== 'ready') {
      showSide('starter', undefined, {});
      showSide('solution', undefined, {});
      showVerdict([strings[given.kind === 'invalid' ? 'assign.try.invalid' : 'assign.try.noChecks'] ?? ''], false);
      setState('warn', strings['assign.tried.warn'] ?? '');
      return;
    }
    const controller = (running = new AbortController());
    const { assignment, solution } = given;
    const labels = assignment.checkLabels;
    button.disabled = true;
    panel.removeAttribute('data-try-stale');
    showVerdict([], true);
    showSide('starter', undefined, labels);
    showSide('solution', undefined, labels);
    setState('running', status.textContent ?? '');
    try {
      const starter = await runOn(assignment, 'starter', assignment.starter, controller.signal);
      if (controller.signal.aborted) return;
      showSide('starter', starter, labels);
      const solved =
        solution === undefined ? undefined : await runOn(assignment, 'solution', solution, controller.signal);
      if (controller.signal.aborted) return;
      showSide('solution', solved, labels);
      const verdict = judgeTry({ starter, solution: solved });
      const { ok, messages } = tryMessages(verdict, labels, strings);
      showVerdict(messages, ok);
      const passed = (results: readonly CheckResult[] | undefined) => summarize(results ?? [], strings).passed;
      setState(
        ok ? 'ok' : 'warn',
        ok
          ? fill(strings['assign.tried.ok'], { s: passed(starter), r: passed(solved), m: verdict.total })
          : (strings['assign.tried.warn'] ?? ''),
      );
    } finally {
      if (running === controller) {
        running = undefined;
        status.textContent = '';
        button.disabled = false;
      }
    }
  }

  button.addEventListener('click', () => void tryChecks());
  // The try runs edited code, which needs the compiler (or Pyodide): start loading it on intent.
  const warm = (): void => {
    const given = input();
    if (given.kind === 'ready' && given.assignment.language === 'python') void warmPythonEngine();
    else void warmEngine({ compiler: true });
  };
  button.addEventListener('pointerenter', warm);
  button.addEventListener('focus', warm);
  setState('untried', strings['assign.tried.untried'] ?? '');

  return {
    /** The assignment changed: whatever was tried is no longer what the link carries. */
    stale(): void {
      const state = panel.dataset['tryState'];
      if (state === 'untried' || state === 'stale') return;
      if (running) {
        running.abort();
        running = undefined;
        status.textContent = '';
        button.disabled = false;
      }
      panel.setAttribute('data-try-stale', '');
      showVerdict([strings['assign.try.stale'] ?? ''], false);
      setState('stale', strings['assign.tried.stale'] ?? '');
    },
  };
}
