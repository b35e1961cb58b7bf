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
      .enum(['lesson', 'reference'])
      .default('lesson')
      .describe('"reference" pages (cheat sheet, glossary) cover no section of the notes.'),
    sections: z
      .array(seedSectionId)
      .default([])
      .describe('The sections of the notes this page covers, by their number in the notes.'),
  })
  .strict()
  .refine((lesson) => lesson.kind === 'reference' || lesson.sections.length > 0, {
    message: 'A lesson must list at least one section of the notes it covers.',
    path: ['sections'],
  });

export type Lesson = z.infer<typeof lessonSchema>;
