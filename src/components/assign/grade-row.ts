import type { CheckResult } from '../../engine';
import type { DecodedLink, LinkProblem } from '../../engine/links';
import type { Student, Submission } from '../../schemas/assignment';
import { agreesWithClaim } from './claim';
import type { Verification } from './verify-submission';

/** Why a line of the paste box gives no grade: the decoder's reasons, or a link that is not a submission. */
export type DamageReason = LinkProblem | 'assignment' | 'not-a-link';

/**
 * How a verified row compares with the student's claim: `yes` (the checks say what the student's
 * browser said), `mismatch` (they do not; the verified figures are the grade), or `unchecked` (the
 * assignment has no checks, so there is nothing to verify).
 */
export type Verdict = 'yes' | 'mismatch' | 'unchecked';

export interface Score {
  passed: number;
  total: number;
}

interface RowBase {
  /** 1-based line of the paste box (blank lines not counted), so a teacher can find a damaged link. */
  line: number;
  /** The line as pasted: shown and exported as text, never used as a URL. */
  link: string;
  /** Other lines with the same link, which get no row of their own (grade-links.ts uniqueLinks). */
  repeats?: number[];
}

export interface DamagedRow extends RowBase {
  kind: 'damaged';
  reason: DamageReason;
  detail?: string | undefined;
}

export interface SubmissionRow extends RowBase {
  kind: 'submission';
  /** The fragment, which the row's "open" link puts after this site's own open page. */
  fragment: string;
  student: Student | undefined;
  title: string;
  submittedAt: string;
  claimed: Score;
  /** Set once Verify has run its checks here. */
  verified?: { score: Score; verdict: Verdict; durationMs: number; results: CheckResult[] };
  /** The teacher pressed Stop before this row was verified: it has no grade, and says so. */
  stopped?: boolean;
}

export type GradeRow = DamagedRow | SubmissionRow;

const score = (results: readonly Pick<CheckResult, 'status'>[]): Score => ({
  passed: results.filter((r) => r.status === 'passed').length,
  total: results.length,
});

/** A row for one pasted line, from what the decoder made of its fragment. */
export function rowFromDecoded(line: number, link: string, fragment: string, decoded: DecodedLink): GradeRow {
  if (decoded.kind === 'none') return { kind: 'damaged', line, link, reason: 'not-a-link' };
  if (decoded.kind === 'invalid')
    return { kind: 'damaged', line, link, reason: decoded.reason, detail: decoded.detail };
  if (decoded.kind === 'assignment') return { kind: 'damaged', line, link, reason: 'assignment' };
  const { submission } = decoded;
  return {
    kind: 'submission',
    line,
    link,
    fragment,
    student: submission.student,
    title: submission.assignment.title,
    submittedAt: submission.submittedAt,
    claimed: score(submission.results),
  };
}

/**
 * The row once Verify is done with it: the verified score is the grade, whatever was claimed. An
 * assignment without checks has nothing to run (`verification` undefined) and is `unchecked`.
 */
export function gradedRow(
  row: SubmissionRow,
  submission: Submission,
  verification: Verification | undefined,
): SubmissionRow {
  if (!verification || submission.assignment.checks === undefined)
    return { ...row, verified: { score: { passed: 0, total: 0 }, verdict: 'unchecked', durationMs: 0, results: [] } };
  const verdict: Verdict = agreesWithClaim(verification.results, submission.results) ? 'yes' : 'mismatch';
  return {
    ...row,
    verified: {
      score: score(verification.results),
      verdict,
      durationMs: verification.durationMs,
      results: verification.results,
    },
  };
}
