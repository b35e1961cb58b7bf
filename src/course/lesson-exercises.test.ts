import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonSchema } from '../schemas/lesson';
import { readLessonFiles } from './read-lessons.test-helper';

/**
 * Issue 15: every lesson ends in practice. A lesson (of the notes, or past them) is done only when at
 * least one exercise names it in its `lesson` field, in both locales.
 */

/** Lessons of the notes written before this rule, with no exercise yet: a known gap, not an exception to copy. */
const WITHOUT_EXERCISE_YET = new Set<string>();

function exerciseLessons(locale: string): Map<string, string[]> {
  const root = join('content/exercises', locale);
  const byLesson = new Map<string, string[]>();
  for (const file of readdirSync(root).filter((f) => f.endsWith('.mdx'))) {
    const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, file), 'utf8'));
    const lesson = (parse(match?.[1] ?? '') as { lesson?: string }).lesson;
    if (lesson) byLesson.set(lesson, [...(byLesson.get(lesson) ?? []), file.replace(/\.mdx$/, '')]);
  }
  return byLesson;
}

describe('every lesson has an exercise', () => {
  const lessons = readLessonFiles().map((lesson) => ({
    ...lesson,
    locale: lesson.id.split('/')[0] ?? '',
    slug: lesson.id.split('/')[1] ?? '',
    kind: lessonSchema.parse(lesson.frontmatter).kind,
  }));

  it('reads lessons of both kinds, so the rule below is applied to something', () => {
    expect(lessons.filter((l) => l.kind === 'lesson').length).toBeGreaterThanOrEqual(18);
  });

  for (const locale of ['zh-cn', 'en']) {
    it(`${locale}: each lesson is named by an exercise's "lesson" field`, () => {
      const byLesson = exerciseLessons(locale);
      const missing = lessons
        .filter((l) => l.locale === locale && l.kind !== 'reference' && !WITHOUT_EXERCISE_YET.has(l.slug))
        .filter((l) => !byLesson.has(l.slug))
        .map((l) => `${l.filePath}: no exercise in content/exercises/${locale}/ has "lesson: ${l.slug}"`);
      expect(missing).toEqual([]);
    });
  }

  it('the known gaps are still gaps (remove a name here once its exercise exists)', () => {
    const byLesson = exerciseLessons('en');
    expect([...WITHOUT_EXERCISE_YET].filter((slug) => byLesson.has(slug))).toEqual([]);
  });
});
