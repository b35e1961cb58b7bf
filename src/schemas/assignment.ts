import { z } from './zod';

/** Limits that keep a link usable and decoding cheap; a payload over them is refused, not truncated. */
export const ASSIGNMENT_LIMITS = { title: 200, text: 20_000, code: 50_000, name: 100 } as const;

const checkResultSchema = z
  .object({
    name: z.string().max(500),
    status: z.enum(['pending', 'passed', 'failed']),
    message: z.string().max(2_000).optional(),
  })
  .strict();

/**
 * What an assignment link carries (src/engine/share/assignment-link.ts): everything a student needs,
 * so no server is involved. Built by the teacher in /<locale>/assign/.
 */
export const assignmentSchema = z
  .object({
    v: z.literal(1).describe('Format version; a link in a format this site does not know is refused.'),
    title: z.string().trim().min(1).max(ASSIGNMENT_LIMITS.title).describe('Shown as the page heading.'),
    instructions: z
      .string()
      .max(ASSIGNMENT_LIMITS.text)
      .describe('Markdown (a small safe subset: paragraphs, lists, emphasis, inline and fenced code, links).'),
    language: z
      .enum(['typescript', 'python'])
      .default('typescript')
      .describe(
        'What the starter, checks and solution are written in; links made before Python default to TypeScript.',
      ),
    starter: z
      .string()
      .max(ASSIGNMENT_LIMITS.code)
      .describe('The code the student starts from (main.ts, or main.py for Python).'),
    checks: z
      .string()
      .max(ASSIGNMENT_LIMITS.code)
      .optional()
      .describe(
        'checks.ts source (imports "async-lab/check"), or checks.py for Python (imports "lab_check"); without it there is no Check button.',
      ),
    solution: z.string().max(ASSIGNMENT_LIMITS.code).optional().describe('A reference solution, shown only as a diff.'),
    hints: z.array(z.string().max(2_000)).max(3).default([]).describe('Progressive hints, revealed one at a time.'),
    checkLabels: z.record(z.string(), z.string().max(500)).default({}).describe('Check name → label to show.'),
    timeLimitMs: z.number().int().min(1_000).max(60_000).describe('Run limit for Run and Check.'),
    exercise: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional()
      .describe('Slug of the exercise it was built from, if any.'),
  })
  .strict();

/** Who submitted: typed by the student before copying the link, so it is a claim like the results. */
export const studentSchema = z
  .object({
    name: z.string().trim().min(1).max(ASSIGNMENT_LIMITS.name).describe('The student’s name, required.'),
    group: z
      .string()
      .trim()
      .max(ASSIGNMENT_LIMITS.name)
      .optional()
      .describe('Class or student number, if the student gave one.'),
  })
  .strict();

/**
 * A student's submission: the assignment itself, their code, who they say they are and the results
 * their browser claimed (which may fail some checks: work in progress can be submitted too).
 */
export const submissionSchema = z
  .object({
    v: z
      .union([z.literal(1), z.literal(2)])
      .describe(
        'Format version: 2 carries `student`; 1 (links made before names) has none and is still read. A site that only knows 1 then says the link is from a newer version instead of failing on an unknown field.',
      ),
    student: studentSchema.optional().describe('Absent in version 1 links: shown as a placeholder name.'),
    assignment: assignmentSchema,
    code: z
      .string()
      .max(ASSIGNMENT_LIMITS.code)
      .describe('The student’s main.ts (main.py for a Python assignment) as submitted.'),
    results: z
      .array(checkResultSchema)
      .max(100)
      .describe('Check results as the student’s browser reported them: a claim, not proof.'),
    submittedAt: z.iso.datetime().describe('When the student copied the link (their clock).'),
  })
  .strict();

export type Assignment = z.output<typeof assignmentSchema>;
export type AssignmentInput = z.input<typeof assignmentSchema>;
export type Submission = z.output<typeof submissionSchema>;
export type Student = z.output<typeof studentSchema>;
