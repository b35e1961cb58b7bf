import { describe, expect, it } from 'vitest';
import { stringsWithPrefix } from '../../i18n/ui';
import { judgeTry, tryMessages } from './try-verdict';

const pass = (name: string) => ({ name, status: 'passed' as const });
const fail = (name: string) => ({ name, status: 'failed' as const });
const en = stringsWithPrefix('en', 'assign.');
const zh = stringsWithPrefix('zh-cn', 'assign.');

describe('judgeTry', () => {
  it('is ready when the starter fails something and the solution passes everything', () => {
    const verdict = judgeTry({
      starter: [fail('a'), pass('b'), fail('c')],
      solution: [pass('a'), pass('b'), pass('c')],
    });
    expect(verdict).toEqual({ ok: true, warnings: [], starterFailed: 2, total: 3 });
    expect(tryMessages(verdict, {}, en).messages).toEqual([
      'Ready to share: the starter code fails 2 of 3 checks, and the reference solution passes them all.',
    ]);
  });

  it('warns when the starter already passes, and names the checks the solution fails by their labels', () => {
    const verdict = judgeTry({ starter: [pass('a'), pass('b')], solution: [fail('a'), pass('b')] });
    expect(verdict.ok).toBe(false);
    expect(verdict.warnings.map((w) => w.kind)).toEqual(['starter-passes', 'solution-fails']);
    const { messages } = tryMessages(verdict, { a: 'Doubles 21' }, en);
    expect(messages[0]).toMatch(/^The starter code already passes every check/);
    expect(messages[1]).toBe(
      'The reference solution fails 1 of 2 checks (“Doubles 21”). Fix the solution or the checks.',
    );
    expect(tryMessages(verdict, {}, zh).messages[1]).toBe(
      '参考答案有 1 / 2 项检查没有通过（“a”）。请修正参考答案或检查。',
    );
  });

  it('says only the starter was tried when there is no solution', () => {
    const verdict = judgeTry({ starter: [fail('a')], solution: undefined });
    expect(verdict.warnings).toEqual([{ kind: 'no-solution' }]);
    expect(tryMessages(verdict, {}, en).messages[0]).toMatch(/only the starter code was tried/);
  });

  it('points at the results when the checks did not even build (a result with no name)', () => {
    const broken = [{ name: '', status: 'failed' as const }];
    const verdict = judgeTry({ starter: broken, solution: broken });
    expect(verdict.warnings.map((w) => w.kind)).toEqual(['solution-fails']);
    expect(tryMessages(verdict, {}, en).messages[0]).toContain('(see the results below for why)');
  });
});
