import { describe, expect, it } from 'vitest';
import { useTranslations, stringsWithPrefix } from '../../i18n/ui';
import { assignmentSchema } from '../../schemas/assignment';
import { builderErrors } from './builder-errors';

/** What the builder's form gives the schema when the teacher starts from a blank assignment. */
const blank = { v: 1, title: '', instructions: '', starter: '', hints: [], checkLabels: {}, timeLimitMs: 10_000 };

function errorsFor(draft: Record<string, unknown>, locale: 'zh-cn' | 'en') {
  const parsed = assignmentSchema.safeParse(draft);
  if (parsed.success) return [];
  return builderErrors(parsed.error.issues, stringsWithPrefix(locale, 'assign.'));
}

describe('builderErrors', () => {
  it('asks for a title on a blank form, in the reader’s language', () => {
    expect(errorsFor(blank, 'zh-cn')).toEqual([
      { field: 'title', message: useTranslations('zh-cn')('assign.need.title') },
    ]);
    expect(errorsFor(blank, 'en')).toEqual([
      { field: 'title', message: 'Fill in a title: students see it as the heading of the page.' },
    ]);
  });

  it('names each field once, in form order, with its limit', () => {
    const errors = errorsFor({ ...blank, timeLimitMs: Number('x'), starter: 'x'.repeat(50_001) }, 'zh-cn');
    expect(errors.map((e) => e.field)).toEqual(['title', 'starter', 'timeLimitMs']);
    const label = useTranslations('zh-cn')('assign.fieldStarter');
    expect(errors[1]?.message).toBe(`“${label}”太长了：最多 50 000 个字符，请删减一些。`);
    expect(errors[2]?.message).toContain('1 000');
    for (const { message } of errors) expect(message).not.toMatch(/Too small|expected|Invalid/);
  });

  it('still says something about an issue outside the form', () => {
    expect(builderErrors([{ path: ['hints', 0], code: 'too_big' }], stringsWithPrefix('en', 'assign.'))).toEqual([
      { field: null, message: 'This is not valid: hints.0. Please check it and try again.' },
    ]);
  });
});

describe('builderErrors for hints and the solution', () => {
  it('asks for a solution when "include solution" has none, and names a hint that is too long', () => {
    const errors = builderErrors(
      [
        { path: ['solution'], code: 'solution_missing' },
        { path: ['hint2'], code: 'too_big', maximum: 2_000 },
      ],
      stringsWithPrefix('en', 'assign.'),
    );
    expect(errors).toEqual([
      {
        field: 'solution',
        message:
          '“Put the reference solution in the link” is checked, but the reference solution is empty: write one, or uncheck the box.',
      },
      { field: 'hint2', message: '“Hint 2” is too long: at most 2 000 characters. Please shorten it.' },
    ]);
  });
});
