import type { Assignment } from '../../schemas/assignment';

/**
 * What an exercise workspace needs, from the static exercise page (build time) or from a decoded
 * assignment link (run time): the same workspace shows both.
 */
export interface WorkspaceConfig {
  /** The exercise's slug: where its status is recorded. Absent for assignments from a link. */
  progressSlug?: string | undefined;
  /** Where edits are saved (saved-code.ts): "exercise/<slug>" or "assignment/<id>". */
  storageKey: string;
  /** What the code is written in: Python runs main.py with checks.py (TypeScript is the default). */
  language?: 'typescript' | 'python' | undefined;
  starter: string;
  /** checks.ts (checks.py for Python); without it there is no Check. */
  checks?: string | undefined;
  solution?: string | undefined;
  hints: string[];
  checkLabels: Record<string, string>;
  timeLimitMs: number;
  /** Set for an assignment from a link: passing offers a submission link that carries it. */
  assignment?: Assignment | undefined;
}
