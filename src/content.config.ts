import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { exerciseSchema } from './schemas/exercise';
import { lessonSchema } from './schemas/lesson';

/** Lessons live in content/lessons/<locale>/<slug>.mdx; the entry id is "<locale>/<slug>". */
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

/** Exercises: content/exercises/<locale>/<slug>.mdx; their code is in content/exercises/code/<slug>/. */
const exercises = defineCollection({
  loader: glob({ pattern: '{zh-cn,en}/*.mdx', base: './content/exercises' }),
  schema: exerciseSchema,
});

export const collections = { lessons, exercises };
