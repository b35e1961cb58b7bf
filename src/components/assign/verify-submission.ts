import type { CheckResult } from '../../engine';
import type { Submission } from '../../schemas/assignment';
import type { ConsoleEntry } from '../../schemas/console-value';
import { finalizeResults } from '../exercise/check-results';
import { pageEngine } from '../playground/page-engine';

type Strings = Record<string, string>;

/** What Verify found: the checks as they ran here, and how long the student's code ran. */
export interface Verification {
  results: CheckResult[];
  durationMs: number;
}

const firstError = (entries: readonly ConsoleEntry[]): string | undefined => {
  const arg = entries.find((e) => e.kind === 'error')?.args[0];
  if (arg?.t === 'string') return arg.v;
  if (arg?.t === 'error') return `${arg.name}: ${arg.message}`;
  return undefined;
};

/**
 * Runs the checks on the student's code, exactly as submitted, in this (the teacher's) browser: the
 * same sandbox as every Run, so a submission's code never touches the page. Shared by a submission
 * link's own page (assign-open.ts) and the gradebook, so both grade a link the same way.
 */
export async function verifySubmission(
  submission: Submission,
  strings: Strings,
  signal: AbortSignal = new AbortController().signal,
): Promise<Verification> {
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
    signal,
    events: {
      onPhase: () => undefined,
      onConsole: (entries) => void (crash ??= firstError(entries)),
      onSpans: () => undefined,
      onDiagnostics: () => undefined,
      onChecks: (results) => void (latest = results),
    },
  });
  const results = finalizeResults(latest, outcome, { timeLimitMs: assignment.timeLimitMs, crash }, strings);
  return { results, durationMs: outcome.durationMs };
}
