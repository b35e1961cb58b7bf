import type { GradeRow } from './grade-row';

export type SortKey = 'name' | 'score';
export type SortDirection = 'ascending' | 'descending';

/** The verified share of checks passed; before Verify, -1, so unverified rows sort below graded ones. */
function scoreOf(row: GradeRow): number {
  if (row.kind !== 'submission' || !row.verified) return -1;
  const { passed, total } = row.verified.score;
  return total === 0 ? 0 : passed / total;
}

/**
 * The rows in the order asked for. Damaged rows have neither a name nor a score, so they stay at the
 * end either way, in paste order, where the teacher looks for what to chase up. `compare` is the
 * page's collator, so Chinese names sort as a Chinese reader expects.
 */
export function sortRows(
  rows: readonly GradeRow[],
  key: SortKey,
  direction: SortDirection,
  compare: (a: string, b: string) => number,
): GradeRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: GradeRow, b: GradeRow): number =>
    a.kind === 'submission' && b.kind === 'submission' ? compare(a.student?.name ?? '', b.student?.name ?? '') : 0;
  return [...rows].sort((a, b) => {
    if (a.kind !== b.kind) return a.kind === 'damaged' ? 1 : -1;
    if (a.kind === 'damaged') return a.line - b.line;
    // Equal scores read best in name order, whichever way the scores go.
    const primary = sign * (key === 'name' ? byName(a, b) : scoreOf(a) - scoreOf(b));
    return primary || byName(a, b) || a.line - b.line;
  });
}
