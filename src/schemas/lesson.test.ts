import { describe, expect, it } from 'vitest';
import { lessonSchema } from './lesson';
import { readLessonFiles } from '../course/read-lessons.test-helper';

describe('lessonSchema', () => {
  it('accepts every real lesson', () => {
    const lessons = readLessonFiles();
    expect(lessons.length).toBeGreaterThan(1);
    for (const lesson of lessons) {
      const result = lessonSchema.safeParse(lesson.frontmatter);
      expect(result.success, `${lesson.filePath}: ${result.error?.message}`).toBe(true);
    }
  });

  it('rejects a bad lesson and names the field', () => {
    const result = lessonSchema.safeParse({ title: 'x', summary: 'y', order: 0, sections: ['9.9'] });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('order');
    expect(paths).toContain('sections.0');
  });

  it('rejects unknown fields, so a typo does not pass silently', () => {
    const result = lessonSchema.safeParse({ title: 'x', summary: 'y', order: 1, sections: ['1.1'], sumary: 'z' });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('sumary');
  });

  it('requires a lesson to cover a section of the notes, but not a reference page', () => {
    const lesson = lessonSchema.safeParse({ title: 'x', summary: 'y', order: 1 });
    expect(lesson.error?.issues[0]?.path).toEqual(['sections']);
    expect(lessonSchema.safeParse({ title: 'x', summary: 'y', order: 1, kind: 'reference' }).success).toBe(true);
  });

  it('lets a lesson past the notes cover no section of them, and only that', () => {
    const beyond = { title: 'x', summary: 'y', order: 10, kind: 'beyond' };
    expect(lessonSchema.safeParse(beyond).success).toBe(true);
    const claiming = lessonSchema.safeParse({ ...beyond, sections: ['1.1'] });
    expect(claiming.error?.issues[0]?.path).toEqual(['sections']);
  });
});
