import type { CheckResult, RunOutcome } from '../../engine';

type Strings = Record<string, string>;
/** A result as shown: from the sandbox, or from a submission link (where `message` may be undefined). */
type ResultLike = Pick<CheckResult, 'name' | 'status'> & { message?: string | undefined };

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

/** "10 000": a thin grouping that reads the same in both locales. */
const groupDigits = (ms: number): string => String(Math.round(ms)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/**
 * The checks as the learner should see them once a Check run is over. The sandbox announces every
 * check as pending before the learner's code starts; if that code hangs, crashes or is stopped, no
 * final results arrive, so each check still pending fails here with the reason the run ended.
 * `crash` is the first error the console showed, if any.
 */
export function finalizeResults(
  results: readonly CheckResult[],
  outcome: Pick<RunOutcome, 'state' | 'reason' | 'cause'>,
  limits: { timeLimitMs: number; crash?: string | undefined },
  strings: Strings,
): CheckResult[] {
  const reason =
    outcome.cause === 'not-responding'
      ? (strings['ex.notResponding'] ?? '')
      : outcome.state === 'timeout'
        ? fill(strings['ex.timeout'] ?? '', { ms: groupDigits(limits.timeLimitMs) })
        : outcome.state === 'stopped'
          ? (strings['ex.stopped'] ?? '')
          : fill(strings['ex.crashed'] ?? '', { reason: outcome.reason ?? limits.crash ?? outcome.state });
  if (results.length === 0) {
    // Nothing was announced: the bundle did not build, so the checks' names are unknown.
    return [
      {
        name: '',
        status: 'failed',
        message: fill(strings['ex.noChecks'] ?? '', { reason: outcome.reason ?? limits.crash ?? reason }),
      },
    ];
  }
  return results.map((r) => (r.status === 'pending' ? { name: r.name, status: 'failed', message: reason } : r));
}

export interface CheckSummary {
  passed: number;
  total: number;
  allPassed: boolean;
  text: string;
}

export function summarize(results: readonly ResultLike[], strings: Strings): CheckSummary {
  const passed = results.filter((r) => r.status === 'passed').length;
  const total = results.length;
  const allPassed = total > 0 && passed === total;
  const text = allPassed
    ? (strings['ex.allPassed'] ?? '')
    : fill(strings['ex.somePassed'] ?? '', { n: passed, m: total });
  return { passed, total, allPassed, text };
}

/**
 * Renders results into a role="list": one item per check with data-check-status, its label (the
 * locale's label for the name, if the exercise gives one), its status in words and the message.
 */
export function renderResults(
  list: HTMLElement,
  results: readonly ResultLike[],
  labels: Readonly<Record<string, string>>,
  strings: Strings,
): void {
  const doc = list.ownerDocument;
  list.replaceChildren(
    ...results.map((result) => {
      const item = doc.createElement('li');
      item.className = 'ex-result';
      item.dataset['checkStatus'] = result.status;
      item.dataset['checkName'] = result.name;
      // The test contract of the exercises issue: data-check (the name) and data-status pass|fail.
      item.dataset['check'] = result.name;
      item.dataset['status'] = result.status === 'passed' ? 'pass' : result.status === 'failed' ? 'fail' : 'pending';
      const icon = doc.createElement('span');
      icon.className = 'ex-result-icon';
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = result.status === 'passed' ? '✓' : result.status === 'failed' ? '✗' : '…';
      const status = doc.createElement('span');
      status.className = 'ex-result-status';
      status.textContent = strings[`ex.status.${result.status}`] ?? result.status;
      const name = doc.createElement('span');
      name.className = 'ex-result-name';
      name.textContent = labels[result.name] ?? result.name;
      item.append(icon, status, name);
      if (result.message) {
        const message = doc.createElement('span');
        message.className = 'ex-result-message';
        message.textContent = result.message;
        item.append(message);
      }
      return item;
    }),
  );
}
