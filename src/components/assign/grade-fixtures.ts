import type { Assignment, Submission } from '../../schemas/assignment';

/** An assignment and submissions for the gradebook's unit tests. */
export const assignment: Assignment = {
  v: 1,
  title: 'Three at once',
  language: 'typescript',
  instructions: '',
  starter: 'export {};',
  checks: "import { check } from 'async-lab/check';",
  hints: [],
  checkLabels: {},
  timeLimitMs: 10_000,
};

export function submission(statuses: ('passed' | 'failed')[], student?: Submission['student']): Submission {
  return {
    v: student ? 2 : 1,
    ...(student ? { student } : {}),
    assignment,
    code: 'export {};',
    results: statuses.map((status, i) => ({ name: `c${i}`, status })),
    submittedAt: '2026-03-01T09:30:00.000Z',
  };
}
