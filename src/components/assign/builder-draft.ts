import type { AssignmentInput } from '../../schemas/assignment';
import type { BuilderExercise } from './builder-data';
import type { FieldIssue } from './builder-errors';

/** What the builder's form holds, as read from its fields. */
export interface BuilderValues {
  language: 'typescript' | 'python';
  title: string;
  instructions: string;
  starter: string;
  checks: string;
  solution: string;
  /** The three hint fields, in order, blanks included. */
  hints: readonly string[];
  timeLimitMs: string;
  includeSolution: boolean;
}

/** The assignment the form describes, and what the schema cannot see is wrong with it. */
export interface Draft {
  assignment: AssignmentInput;
  /** Issues the form itself raises (a solution asked for but missing), in the schema's shape. */
  issues: FieldIssue[];
  /** Schema issues at `hints.i` belong to form field `hint${hintFields[i]}`: blank hints are skipped. */
  hintFields: number[];
}

/**
 * The assignment a link will carry. Blank hints are dropped (a student should not reveal an empty
 * one); the solution goes in only when the teacher asked for it, and asking for it with none
 * written is an issue, so the box never silently does nothing.
 */
export function draftOf(values: BuilderValues, exercise: BuilderExercise | undefined): Draft {
  const hintFields: number[] = [];
  const hints: string[] = [];
  values.hints.forEach((hint, i) => {
    if (hint.trim() === '') return;
    hints.push(hint);
    hintFields.push(i + 1);
  });
  const solutionMissing = values.includeSolution && values.solution.trim() === '';
  return {
    assignment: {
      v: 1,
      language: values.language,
      title: values.title,
      instructions: values.instructions,
      starter: values.starter,
      ...(values.checks.trim() ? { checks: values.checks } : {}),
      ...(values.includeSolution && !solutionMissing ? { solution: values.solution } : {}),
      hints,
      checkLabels: exercise?.checkLabels ?? {},
      timeLimitMs: Number(values.timeLimitMs),
      ...(exercise ? { exercise: exercise.slug } : {}),
    },
    issues: solutionMissing ? [{ path: ['solution'], code: 'solution_missing' }] : [],
    hintFields,
  };
}

/** Points schema issues about `hints.i` at the form field that hint came from (`hint1`…`hint3`). */
export function toFormIssues(issues: readonly FieldIssue[], hintFields: readonly number[]): FieldIssue[] {
  return issues.map((issue) => {
    const [head, index] = issue.path;
    if (head !== 'hints' || typeof index !== 'number') return issue;
    const field = hintFields[index];
    return field === undefined ? issue : { ...issue, path: [`hint${field}`, ...issue.path.slice(2)] };
  });
}
