import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';

/** Lessons live in content/lessons/<locale>/<slug>.mdx; the entry id is "<locale>/<slug>". */
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
