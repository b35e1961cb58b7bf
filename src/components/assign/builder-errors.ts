/** The parts of a zod issue this module reads (zod 4's `$ZodIssue` has more). */
export interface FieldIssue {
  path: readonly PropertyKey[];
  code: string;
  maximum?: number | bigint;
}

/** Form fields with their labels' keys (`assign.field*`), in the order the form shows them. */
const FIELDS = {
  title: 'assign.fieldTitle',
  instructions: 'assign.fieldInstructions',
  starter: 'assign.fieldStarter',
  checks: 'assign.fieldChecks',
  solution: 'assign.fieldSolution',
  hint1: 'assign.fieldHint1',
  hint2: 'assign.fieldHint2',
  hint3: 'assign.fieldHint3',
  timeLimitMs: 'assign.fieldTimeLimit',
} as const;

export type BuilderField = keyof typeof FIELDS;
export const BUILDER_FIELDS = Object.keys(FIELDS) as BuilderField[];

/** One thing the teacher has to change, in their language: which field, and what to do there. */
export interface BuilderError {
  field: BuilderField | null;
  message: string;
}

const isField = (name: unknown): name is BuilderField => typeof name === 'string' && Object.hasOwn(FIELDS, name);

/**
 * Turns the schema's issues into one message per field that says what to fill in, instead of
 * zod's English ("title: Too small: expected string to have >=1 characters"). `strings` are the
 * page's `assign.*` strings. Fields come in form order; an issue outside the form (which the form
 * cannot cause) is named by its path so it is never silently dropped.
 */
export function builderErrors(
  issues: readonly FieldIssue[],
  strings: Readonly<Record<string, string>>,
): BuilderError[] {
  const say = (key: string, values: Record<string, string> = {}) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  const byField = new Map<BuilderField | null, string>();
  for (const issue of issues) {
    const name = issue.path[0];
    if (!isField(name)) {
      byField.set(null, say('assign.need.other', { detail: issue.path.map(String).join('.') }));
      continue;
    }
    if (byField.has(name)) continue;
    const label = say(FIELDS[name]);
    if (name === 'timeLimitMs') byField.set(name, say('assign.need.timeLimit'));
    else if (name === 'solution' && issue.code === 'solution_missing') byField.set(name, say('assign.need.solution'));
    else if (name === 'title' && issue.code === 'too_small') byField.set(name, say('assign.need.title'));
    else if (issue.code === 'too_big')
      byField.set(name, say('assign.need.shorter', { field: label, max: formatCount(Number(issue.maximum ?? 0)) }));
    else byField.set(name, say('assign.need.other', { detail: label }));
  }
  const order = [...BUILDER_FIELDS, null];
  return order.flatMap((field) => {
    const message = byField.get(field);
    return message === undefined ? [] : [{ field, message }];
  });
}

/** 20000 → "20 000", as the rest of the course writes numbers. */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ' ');
}
