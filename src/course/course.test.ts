import { describe, expect, it } from 'vitest';
import { buildCourse, neighbours, type LessonEntry } from './course';

const lesson = (id: string, order: number): LessonEntry => ({
  id,
  filePath: `content/lessons/${id}.mdx`,
  data: { title: id, summary: 's', order, kind: 'lesson', sections: ['1.1'] },
});

describe('buildCourse', () => {
  it('groups by locale and sorts by order', () => {
    const course = buildCourse([lesson('en/b', 2), lesson('en/a', 1), lesson('zh-cn/b', 2), lesson('zh-cn/a', 1)]);
    expect(course.en.map((p) => p.slug)).toEqual(['a', 'b']);
    expect(course['zh-cn'].map((p) => p.slug)).toEqual(['a', 'b']);
  });

  it('names the missing file when a lesson exists in one locale only', () => {
    expect(() => buildCourse([lesson('en/a', 1), lesson('zh-cn/a', 1), lesson('en/b', 2)])).toThrow(
      'content/lessons/zh-cn/b.mdx is missing; content/lessons/en/b.mdx has no zh-cn counterpart',
    );
  });

  it('names the field when the order differs between locales or collides', () => {
    expect(() => buildCourse([lesson('en/a', 1), lesson('zh-cn/a', 2)])).toThrow(/field "order" differs/);
    expect(() =>
      buildCourse([lesson('en/a', 1), lesson('en/b', 1), lesson('zh-cn/a', 1), lesson('zh-cn/b', 1)]),
    ).toThrow('content/lessons/en/b.mdx: field "order" is 1, the same as content/lessons/en/a.mdx');
  });

  it('rejects a file outside a locale folder', () => {
    expect(() => buildCourse([lesson('fr/a', 1)])).toThrow('content/lessons/fr/a.mdx: lessons must be at');
  });
});

describe('neighbours', () => {
  it('gives the previous and next lesson', () => {
    const { en } = buildCourse(
      ['a', 'b', 'c'].flatMap((s, i) => [lesson(`en/${s}`, i + 1), lesson(`zh-cn/${s}`, i + 1)]),
    );
    expect(neighbours(en, 'a')).toMatchObject({ prev: undefined, next: { slug: 'b' } });
    expect(neighbours(en, 'b')).toMatchObject({ prev: { slug: 'a' }, next: { slug: 'c' } });
    expect(neighbours(en, 'zzz')).toEqual({ prev: undefined, next: undefined });
  });
});
