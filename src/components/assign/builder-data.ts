/** One exercise as the assignment builder offers it (everything an assignment can start from). */
export interface BuilderExercise {
  slug: string;
  title: string;
  /** The exercise's instructions: its MDX body, which is plain Markdown. */
  instructions: string;
  starter: string;
  checks: string;
  solution: string;
  hints: string[];
  checkLabels: Record<string, string>;
  timeLimitMs: number;
  /** The Python variant, when the exercise has one: an assignment can be set in either language. */
  python?: { instructions: string; starter: string; checks: string; solution: string; hints: string[] } | undefined;
}
