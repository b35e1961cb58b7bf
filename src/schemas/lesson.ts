import { z } from './zod';
import { seedSectionId } from './seed-sections';

/** Frontmatter of every page in content/lessons/<locale>/<slug>.mdx. */
export const lessonSchema = z
  .object({
    title: z.string().trim().min(1).max(120).describe('Page title, shown in the outline and the tab.'),
    summary: z
      .string()
      .trim()
      .min(1)
      .max(300)
      .describe('One or two sentences for the course outline and the meta description.'),
    order: z
      .number()
      .int()
      .positive()
      .describe('Position in the course. The same slug must have the same order in every locale.'),
    kind: z
      .enum(['lesson', 'beyond', 'reference'])
      .default('lesson')
      .describe(
        '"beyond" lessons teach what a learner needs after the notes (timeouts, microtasks…) and cover no section of them; "reference" pages (cheat sheet, glossary) neither.',
      ),
    sections: z
      .array(seedSectionId)
      .default([])
      .describe('The sections of the notes this page covers, by their number in the notes.'),
  })
  .strict()
  .refine((lesson) => lesson.kind !== 'lesson' || lesson.sections.length > 0, {
    message:
      'A lesson must list at least one section of the notes it covers (a lesson past the notes is kind: beyond).',
    path: ['sections'],
  })
  .refine((lesson) => lesson.kind === 'lesson' || lesson.sections.length === 0, {
    message: 'Only a lesson of the notes lists their sections; this page is not one.',
    path: ['sections'],
  });

export type Lesson = z.infer<typeof lessonSchema>;
