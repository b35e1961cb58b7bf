import { z } from './zod';

/**
 * Frontmatter of content/exercises/<locale>/<slug>.mdx. The body is the instructions. The code lives
 * once for both locales in content/exercises/code/<slug>/: starter.ts (what the learner starts
 * from), solution.ts (passes every check) and checks.ts (imports from "async-lab/check"); for a
 * Python variant also starter.py, solution.py and checks.py (imports from "lab_check").
 */
export const exerciseSchema = z
  .object({
    title: z.string().trim().min(1).max(120).describe('Shown in the list of exercises and the tab.'),
    summary: z.string().trim().min(1).max(300).describe('One or two sentences for the list.'),
    order: z
      .number()
      .int()
      .positive()
      .describe('Position in the list; the same slug has the same order in every locale.'),
    lesson: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe('Slug of the lesson this exercise practises, for a link back.'),
    hints: z
      .array(z.string().trim().min(1))
      .min(1)
      .max(3)
      .describe('One to three progressive hints, revealed one at a time (Markdown inline code allowed).'),
    checkLabels: z
      .record(z.string(), z.string())
      .default({})
      .describe('Check names as written in checks.ts → how this locale shows them.'),
    python: z
      .object({
        hints: z
          .array(z.string().trim().min(1))
          .min(1)
          .max(3)
          .describe('Hints for the Python variant, revealed one at a time like `hints`.'),
      })
      .strict()
      .optional()
      .describe(
        'The Python variant (starter.py, solution.py and checks.py beside the TypeScript). Its checks have the same names as checks.ts, so `checkLabels` serve both.',
      ),
    timeLimitMs: z.number().int().positive().max(60_000).default(10_000).describe('Run limit for Run and Check.'),
  })
  .strict();

export type Exercise = z.infer<typeof exerciseSchema>;
