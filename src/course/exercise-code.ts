import type { Locale } from '../i18n/locales';
import { localizedCode } from './localized-code';

/** The code of every exercise, read at build time: content/exercises/code/<slug>/<file>.{ts,py}. */
const sources = import.meta.glob<string>(['/content/exercises/code/*/*.ts', '/content/exercises/code/*/*.py'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The three files of an exercise in one language. */
export interface ExerciseFiles {
  starter: string;
  solution: string;
  checks: string;
}

/** The TypeScript every exercise has, and the Python variant some have (starter.py, solution.py, checks.py). */
export interface ExerciseCode extends ExerciseFiles {
  python?: ExerciseFiles | undefined;
}

export const EXERCISE_FILES = ['starter', 'solution', 'checks'] as const;

/** The files of one language, localized; the paths of those missing; or undefined if there are none. */
function filesOf(slug: string, ext: 'ts' | 'py', locale: Locale): ExerciseFiles | { missing: string[] } | undefined {
  const paths = EXERCISE_FILES.map((name) => `/content/exercises/code/${slug}/${name}.${ext}`);
  if (ext === 'py' && paths.every((path) => sources[path] === undefined)) return undefined;
  const missing = paths.filter((path) => sources[path] === undefined).map((path) => path.slice(1));
  if (missing.length > 0) return { missing };
  const [starter = '', solution = '', checks = ''] = paths.map((path) => sources[path] ?? '');
  // The checks are not shown to learners, so their comments stay as written.
  return {
    starter: localizedCode(paths[0] ?? '', starter, locale),
    solution: localizedCode(paths[1] ?? '', solution, locale),
    checks,
  };
}

/**
 * Returns an exercise's code, with the comments of the starters and solutions in `locale`, or the
 * list of files that are missing (named for the author). A Python variant is all three .py files or
 * none of them.
 */
export function exerciseCode(slug: string, locale: Locale): ExerciseCode | { missing: string[] } {
  const typescript = filesOf(slug, 'ts', locale);
  const python = filesOf(slug, 'py', locale);
  const missing = [typescript, python].flatMap((files) => (files && 'missing' in files ? files.missing : []));
  if (missing.length > 0 || !typescript || 'missing' in typescript) return { missing };
  return { ...typescript, python: python as ExerciseFiles | undefined };
}
