import { describe, expect, it } from 'vitest';
import { compareChecks } from './claim-compare';

const claimed = [
  { name: 'concurrent', status: 'passed' as const },
  { name: 'order', status: 'failed' as const, message: 'wrong order' },
];

describe('compareChecks', () => {
  it('is pending, check by check, until Verify has run', () => {
    expect(compareChecks(claimed, undefined).map((c) => [c.name, c.claimed, c.verified, c.match])).toEqual([
      ['concurrent', 'passed', undefined, 'pending'],
      ['order', 'failed', undefined, 'pending'],
    ]);
  });

  it('flags the check whose claim the run here contradicts', () => {
    const verified = [
      { name: 'concurrent', status: 'failed' as const, message: 'took 3 s' },
      { name: 'order', status: 'failed' as const, message: 'wrong order' },
    ];
    const rows = compareChecks(claimed, verified);
    expect(rows.map((c) => c.match)).toEqual(['mismatch', 'yes']);
    expect(rows[0]).toMatchObject({ claimed: 'passed', verified: 'failed', verifiedMessage: 'took 3 s' });
  });

  it('pairs by name, and a check on one side only is a mismatch', () => {
    // The code did not build here: one nameless failure instead of the named checks.
    const rows = compareChecks(claimed, [{ name: '', status: 'failed', message: 'no build' }]);
    expect(rows.map((c) => [c.name, c.claimed, c.verified, c.match])).toEqual([
      ['concurrent', 'passed', undefined, 'mismatch'],
      ['order', 'failed', undefined, 'mismatch'],
      ['', undefined, 'failed', 'mismatch'],
    ]);
  });
});
