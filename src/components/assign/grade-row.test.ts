import { describe, expect, it } from 'vitest';
import { decodeLink, encodeSubmission } from '../../engine/links';
import { assignment, submission } from './grade-fixtures';
import { gradedRow, rowFromDecoded, type SubmissionRow } from './grade-row';

const verification = (statuses: ('passed' | 'failed')[]) => ({
  results: statuses.map((status, i) => ({ name: `c${i}`, status })),
  durationMs: 812,
});

async function row(sub: ReturnType<typeof submission>): Promise<SubmissionRow> {
  const fragment = await encodeSubmission(sub);
  const made = rowFromDecoded(1, `https://x.test/en/assign/open/${fragment}`, fragment, await decodeLink(fragment));
  if (made.kind !== 'submission') throw new Error(`expected a submission row, got ${made.reason}`);
  return made;
}

describe('gradebook rows', () => {
  it('grades a submission whose claim holds as "yes", with the verified score', async () => {
    const sub = submission(['passed', 'passed', 'failed'], { name: '王小明', group: '3班' });
    const before = await row(sub);
    expect(before).toMatchObject({ student: { name: '王小明', group: '3班' }, claimed: { passed: 2, total: 3 } });
    expect(before.verified).toBeUndefined();
    const after = gradedRow(before, sub, verification(['passed', 'passed', 'failed']));
    expect(after.verified).toMatchObject({ verdict: 'yes', score: { passed: 2, total: 3 }, durationMs: 812 });
  });

  it('grades a false claim of all passed as "mismatch", and the lower verified score is the grade', async () => {
    const sub = submission(['passed', 'passed', 'passed'], { name: 'Ada' });
    const after = gradedRow(await row(sub), sub, verification(['passed', 'failed', 'failed']));
    expect(after.verified).toMatchObject({ verdict: 'mismatch', score: { passed: 1, total: 3 } });
    expect(after.claimed).toEqual({ passed: 3, total: 3 });
  });

  it('calls a verified run that claimed less than it passes a mismatch too', async () => {
    const sub = submission(['failed', 'failed'], { name: 'Bo' });
    expect(gradedRow(await row(sub), sub, verification(['passed', 'passed'])).verified?.verdict).toBe('mismatch');
  });

  it('reads a link made before names, with no student', async () => {
    const sub = submission(['passed']);
    expect((await row(sub)).student).toBeUndefined();
  });

  it('marks an assignment without checks as unchecked, with nothing run', async () => {
    const sub = { ...submission([], { name: 'C' }), assignment: { ...assignment, checks: undefined } };
    expect(gradedRow(await row(sub), sub, undefined).verified).toMatchObject({
      verdict: 'unchecked',
      score: { passed: 0, total: 0 },
    });
  });

  it('gives damaged and mistaken lines their own row with the reason', async () => {
    const link = 'https://x.test/en/assign/open/#s=garbage';
    expect(rowFromDecoded(2, link, '#s=garbage', await decodeLink('#s=garbage'))).toEqual({
      kind: 'damaged',
      line: 2,
      link,
      reason: 'malformed',
      detail: undefined,
    });
    expect(rowFromDecoded(3, 'hello', '', await decodeLink(''))).toMatchObject({ reason: 'not-a-link' });
    expect(rowFromDecoded(4, 'x', '#a=…', { kind: 'assignment', assignment, id: 'abc' })).toMatchObject({
      kind: 'damaged',
      reason: 'assignment',
    });
    expect(rowFromDecoded(5, 'x', '#s=…', { kind: 'invalid', reason: 'tampered' })).toMatchObject({
      kind: 'damaged',
      reason: 'tampered',
    });
  });
});
