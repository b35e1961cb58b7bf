import { z } from './zod';

/** A file under content/examples/, e.g. "event-loop/concurrent.ts". */
const examplePath = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+\.ts$/, 'must look like "<lesson>/<name>.ts", a file under content/examples/');

/** The example a playground shows: TypeScript, or Python (".py", run in Pyodide as main.py). */
const mainPath = z
  .string()
  .regex(
    /^[a-z0-9-]+\/[a-z0-9-]+\.(ts|py)$/,
    'must look like "<lesson>/<name>.ts" or ".py", a file under content/examples/',
  );

/**
 * Props of `<Playground>` in MDX. Besides configuring the editor, a playground states what the lesson
 * claims about it (`expect`, `expectMs`, `expectOutput`); the e2e suite runs every playground and
 * checks those claims, so prose and code cannot drift apart.
 */
export const playgroundPropsSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Unique on the page; becomes data-playground and the key for saved edits.'),
    src: mainPath.describe('The example shown and run: main.ts, or main.py when it ends in .py (Python).'),
    files: z
      .array(examplePath)
      .default([])
      .describe('Extra files main.ts may import by file name, e.g. "./helpers" for ".../helpers.ts".'),
    expect: z
      .enum(['done', 'error', 'timeout'])
      .default('done')
      .describe('The state the original code ends in: "error" for examples that show a failure.'),
    expectMs: z
      .tuple([z.number().nonnegative(), z.number().positive()])
      .optional()
      .describe('The band [min, max] in ms that the run duration the prose claims must fall in.'),
    expectOutput: z
      .array(z.string())
      .default([])
      .describe('Strings that must appear in the console output, in this order.'),
    timeLimitMs: z
      .number()
      .int()
      .positive()
      .max(60_000)
      .default(10_000)
      .describe('The run limit; a longer run ends with "Timed out after N ms".'),
    timeline: z.boolean().default(false).describe('Show the timeline beside the console by default.'),
    title: z.string().optional().describe('A caption above the editor.'),
    share: z
      .boolean()
      .default(false)
      .describe('The standalone playground: code comes from and goes to the #code/ link, with a Share button.'),
  })
  .strict();

export type PlaygroundProps = z.input<typeof playgroundPropsSchema>;
export type PlaygroundConfig = z.output<typeof playgroundPropsSchema>;
