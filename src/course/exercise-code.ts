import type { Locale } from '../i18n/locales';
import { localizedCode } from './localized-code';

/** The code of every exercise, read at build time: content/exercises/code/<slug>/<file>.ts. */
const sources = import.meta.glob<string>('/content/exercises/code/*/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The three files every exercise has, shared by both locales. */
export interface ExerciseCode {
  starter: string;
  solution: string;
  checks: string;
}

export const EXERCISE_FILES = ['starter', 'solution', 'checks'] as const;

/**
 * Returns an exercise's code, with the comments of the starter and solution in `locale` (the checks
 * are not shown to learners), or the list of files that are missing (named for the author).
 */
export function exerciseCode(slug: string, locale: Locale): ExerciseCode | { missing: string[] } {
  const files = Object.fromEntries(
    EXERCISE_FILES.map((name) => {
      const path = `/content/exercises/code/${slug}/${name}.ts`;
      const source = sources[path];
      return [name, source === undefined || name === 'checks' ? source : localizedCode(path, source, locale)];
    }),
  );
  const missing = EXERCISE_FILES.filter((name) => files[name] === undefined).map(
    (name) => `content/exercises/code/${slug}/${name}.ts`,
  );
  return missing.length > 0 ? { missing } : (files as unknown as ExerciseCode);
}
