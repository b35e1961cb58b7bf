import type { CheckResult } from '../../engine';

type Strings = Readonly<Record<string, string>>;
type Result = Pick<CheckResult, 'name' | 'status'>;

/** What "Try the checks" ran: the starter's results and, when there is a solution, the solution's. */
export interface TryRun {
  starter: readonly Result[];
  solution: readonly Result[] | undefined;
}

/** One thing the teacher should know before sharing, worst first. */
export type TryWarning =
  | { kind: 'starter-passes' }
  | { kind: 'solution-fails'; failed: readonly string[]; total: number }
  | { kind: 'no-solution' };

export interface TryVerdict {
  /** True when the starter fails at least one check and the solution passes them all. */
  ok: boolean;
  warnings: TryWarning[];
  /** Checks the starter fails, and how many there are. */
  starterFailed: number;
  total: number;
}

const passedAll = (results: readonly Result[]): boolean =>
  results.length > 0 && results.every((r) => r.status === 'passed');

/**
 * Judges a try against the two expectations of a good assignment: the starter must leave work to
 * do (fail at least one check), and the reference solution must show the checks can be passed.
 */
export function judgeTry(run: TryRun): TryVerdict {
  const warnings: TryWarning[] = [];
  if (passedAll(run.starter)) warnings.push({ kind: 'starter-passes' });
  if (run.solution === undefined) warnings.push({ kind: 'no-solution' });
  else if (!passedAll(run.solution))
    warnings.push({
      kind: 'solution-fails',
      failed: run.solution.filter((r) => r.status !== 'passed').map((r) => r.name),
      total: run.solution.length,
    });
  return {
    ok: warnings.length === 0,
    warnings,
    starterFailed: run.starter.filter((r) => r.status !== 'passed').length,
    total: run.starter.length,
  };
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

/**
 * The verdict in the teacher's language: one sentence per warning, or the one that says the
 * assignment is ready. Failed checks are named by their labels where the assignment has them.
 */
export function tryMessages(
  verdict: TryVerdict,
  labels: Readonly<Record<string, string>>,
  strings: Strings,
): { ok: boolean; messages: string[] } {
  if (verdict.ok)
    return {
      ok: true,
      messages: [fill(strings['assign.try.ok'] ?? '', { k: verdict.starterFailed, m: verdict.total })],
    };
  const messages = verdict.warnings.map((warning) => {
    if (warning.kind === 'starter-passes') return strings['assign.try.starterPasses'] ?? '';
    if (warning.kind === 'no-solution') return strings['assign.try.noSolution'] ?? '';
    // A check with no name is the whole run failing (checks that do not build): its result says why.
    const named = warning.failed.filter((name) => name !== '');
    const names =
      named.length > 0
        ? named.map((name) => `“${labels[name] ?? name}”`).join(strings['assign.try.listSeparator'] ?? ', ')
        : (strings['assign.try.seeResults'] ?? '');
    return fill(strings['assign.try.solutionFails'] ?? '', { k: warning.failed.length, m: warning.total, names });
  });
  return { ok: false, messages };
}
