import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCourse, type Course, type CoursePage } from './course';
import { exerciseCode, type ExerciseCode } from './exercise-code';
import { loadCourse } from './load-course';

export type ExercisePage = CoursePage<CollectionEntry<'exercises'>> & { code: ExerciseCode };

let cached: Promise<Course<ExercisePage>> | undefined;

/**
 * The exercises per locale, checked like the lessons (same slugs and order in both locales), plus
 * what only exercises need: their three code files exist (and all three .py files, or none, with
 * `python` in the frontmatter exactly when they exist) and `lesson` names a real lesson. Every
 * problem is listed in one error with the file it is in.
 */
export function loadExercises(): Promise<Course<ExercisePage>> {
  cached ??= (async () => {
    const [entries, lessons] = await Promise.all([getCollection('exercises'), loadCourse()]);
    const course = buildCourse(entries, 'exercises');
    const lessonSlugs = new Set(lessons.en.map((p) => p.slug));
    const problems: string[] = [];
    const withCode = Object.fromEntries(
      Object.entries(course).map(([locale, pages]) => [
        locale,
        pages.map((page) => {
          const code = exerciseCode(page.slug, page.locale);
          if ('missing' in code) {
            problems.push(`${page.filePath ?? page.id}: missing ${code.missing.join(', ')}`);
            return { ...page, code: { starter: '', solution: '', checks: '' } };
          }
          if ((code.python === undefined) !== (page.data.python === undefined)) {
            problems.push(
              code.python
                ? `${page.filePath ?? page.id}: the exercise has Python code but no field "python" (its hints)`
                : `${page.filePath ?? page.id}: field "python" is set, but content/exercises/code/${page.slug}/ has no starter.py, solution.py and checks.py`,
            );
          }
          if (page.data.lesson !== undefined && !lessonSlugs.has(page.data.lesson)) {
            problems.push(
              `${page.filePath ?? page.id}: field "lesson" is "${page.data.lesson}", which is not a lesson`,
            );
          }
          return { ...page, code };
        }),
      ]),
    ) as Course<ExercisePage>;
    if (problems.length > 0) throw new Error(`Invalid exercises:\n  - ${[...new Set(problems)].join('\n  - ')}`);
    return withCode;
  })();
  return cached;
}
