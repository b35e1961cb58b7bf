import { describe, expect, it } from 'vitest';
import { assignmentSchema } from '../../schemas/assignment';
import type { BuilderExercise } from './builder-data';
import { draftOf, toFormIssues, type BuilderValues } from './builder-draft';

const values: BuilderValues = {
  language: 'typescript',
  title: 'Double it',
  instructions: '',
  starter: 'export const double = (n: number) => n;\n',
  checks: "import { check } from 'async-lab/check';\n",
  solution: 'export const double = (n: number) => 2 * n;\n',
  hints: ['', '', ''],
  timeLimitMs: '10000',
  includeSolution: false,
};

const exercise = { slug: 'double-it', checkLabels: { doubles: 'Doubles' } } as unknown as BuilderExercise;

describe('draftOf', () => {
  it('carries the hints as written, skipping blank fields, and remembers which field each came from', () => {
    const { assignment, hintFields, issues } = draftOf({ ...values, hints: ['First', '  ', 'Third'] }, undefined);
    expect(assignment.hints).toEqual(['First', 'Third']);
    expect(hintFields).toEqual([1, 3]);
    expect(issues).toEqual([]);
  });

  it('puts the edited solution in the link only when asked', () => {
    expect(draftOf(values, undefined).assignment).not.toHaveProperty('solution');
    expect(draftOf({ ...values, includeSolution: true }, undefined).assignment.solution).toBe(values.solution);
  });

  it('refuses "include solution" with an empty solution instead of leaving it out silently', () => {
    const { assignment, issues } = draftOf({ ...values, includeSolution: true, solution: ' \n ' }, undefined);
    expect(issues).toEqual([{ path: ['solution'], code: 'solution_missing' }]);
    expect(assignment).not.toHaveProperty('solution');
  });

  it('leaves out empty checks, and keeps the exercise it started from', () => {
    const { assignment } = draftOf({ ...values, checks: '  ' }, exercise);
    expect(assignment).not.toHaveProperty('checks');
    expect(assignment.exercise).toBe('double-it');
    expect(assignment.checkLabels).toEqual({ doubles: 'Doubles' });
    expect(assignmentSchema.safeParse(assignment).success).toBe(true);
  });
});

describe('toFormIssues', () => {
  it('points a hint’s issue at the field it was typed in', () => {
    const { assignment, hintFields } = draftOf({ ...values, hints: ['', 'ok', 'x'.repeat(2_001)] }, undefined);
    const parsed = assignmentSchema.safeParse(assignment);
    expect(parsed.success).toBe(false);
    const issues = toFormIssues(parsed.success ? [] : parsed.error.issues, hintFields);
    expect(issues.map((i) => i.path)).toEqual([['hint3']]);
  });
});
