import { describe, expect, it } from 'vitest';
import type { GradeRow, SubmissionRow } from './grade-row';
import { sortRows } from './grade-sort';

const student = (line: number, name: string, passed?: number): SubmissionRow => ({
  kind: 'submission',
  line,
  link: '',
  fragment: '',
  title: 't',
  submittedAt: '2026-03-01T09:30:00.000Z',
  student: { name },
  claimed: { passed: 0, total: 4 },
  ...(passed === undefined
    ? {}
    : { verified: { verdict: 'yes' as const, score: { passed, total: 4 }, durationMs: 1, results: [] } }),
});
const rows: GradeRow[] = [
  { kind: 'damaged', line: 1, link: 'x', reason: 'malformed' },
  student(2, 'Chen', 2),
  student(3, 'Ada', 4),
  student(4, 'Bo'),
  student(5, 'Ada', 1),
];
const lines = (sorted: GradeRow[]) => sorted.map((r) => r.line);
const compare = new Intl.Collator('en').compare;

describe('gradebook sorting', () => {
  it('sorts by name either way, damaged rows last, ties in paste order', () => {
    expect(lines(sortRows(rows, 'name', 'ascending', compare))).toEqual([3, 5, 4, 2, 1]);
    expect(lines(sortRows(rows, 'name', 'descending', compare))).toEqual([2, 4, 3, 5, 1]);
  });

  it('sorts by verified score, unverified below graded, damaged last', () => {
    expect(lines(sortRows(rows, 'score', 'descending', compare))).toEqual([3, 2, 5, 4, 1]);
    expect(lines(sortRows(rows, 'score', 'ascending', compare))).toEqual([4, 5, 2, 3, 1]);
  });

  it('puts equal scores in name order, whichever way the scores go', () => {
    const tied = [student(1, 'Mallory', 2), student(2, 'Ada', 2), student(3, 'Zoe', 4)];
    expect(lines(sortRows(tied, 'score', 'descending', compare))).toEqual([3, 2, 1]);
    expect(lines(sortRows(tied, 'score', 'ascending', compare))).toEqual([2, 1, 3]);
  });

  it('sorts Chinese names with the page’s collator', () => {
    const zh = [student(1, '赵六', 1), student(2, '王小明', 1), student(3, '李四', 1)];
    expect(lines(sortRows(zh, 'name', 'ascending', new Intl.Collator('zh-cn').compare))).toEqual([3, 2, 1]);
  });
});
