import { describe, expect, it } from 'vitest';
import { resolveCourseLink } from './course-link';

const en = { base: '/', locale: 'en' } as const;
const zhSub = { base: '/async-lab/', locale: 'zh-cn' } as const;

describe('resolveCourseLink', () => {
  it('resolves an exercise’s relative link to the lesson, in the reader’s locale and under the base path', () => {
    expect(resolveCourseLink('../../lessons/async-http/', en)).toEqual({
      kind: 'course',
      href: '/en/lessons/async-http/',
    });
    expect(resolveCourseLink('../../lessons/async-http/', zhSub)).toEqual({
      kind: 'course',
      href: '/async-lab/zh-cn/lessons/async-http/',
    });
  });

  it('reads /lessons/… as a course path and keeps a heading', () => {
    expect(resolveCourseLink('/lessons/tasks/#cancelling', zhSub)?.href).toBe(
      '/async-lab/zh-cn/lessons/tasks/#cancelling',
    );
    expect(resolveCourseLink('/exercises/', en)?.href).toBe('/en/exercises/');
  });

  it('swaps a written locale for the reader’s', () => {
    expect(resolveCourseLink('/en/lessons/gather/', zhSub)?.href).toBe('/async-lab/zh-cn/lessons/gather/');
    expect(resolveCourseLink('../../../zh-cn/lessons/gather/', en)?.href).toBe('/en/lessons/gather/');
  });

  it('resolves a sibling exercise from the exercise page', () => {
    expect(resolveCourseLink('../gather-order/', en)?.href).toBe('/en/exercises/gather-order/');
  });

  it('keeps http(s) links as external links', () => {
    expect(resolveCourseLink('https://docs.python.org/3/library/asyncio.html', en)).toEqual({
      kind: 'external',
      href: 'https://docs.python.org/3/library/asyncio.html',
    });
    expect(resolveCourseLink('HTTP://example.com', en)?.kind).toBe('external');
  });

  it('refuses script, data and other schemes, and links that leave the site', () => {
    for (const href of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'mailto:a@b.c',
      'file:///etc/passwd',
      '//evil.example/x',
      '/\\evil.example/x',
      '\\\\evil.example',
      '#top',
      '',
    ])
      expect(resolveCourseLink(href, en), href).toBeNull();
  });
});
