import { describe, expect, it } from 'vitest';
import { fragmentForOtherLocale, pairHeadings } from './locale-fragment';

const zh = [
  { depth: 2, slug: '一个循环调度一切' },
  { depth: 2, slug: '没有任务就没有并发' },
  { depth: 3, slug: '小节' },
];
const en = [
  { depth: 2, slug: 'one-loop-schedules-everything' },
  { depth: 2, slug: 'no-tasks-no-concurrency' },
  { depth: 3, slug: 'a-subsection' },
];

describe('pairHeadings', () => {
  it('pairs the two translations’ headings in order', () => {
    expect(pairHeadings(zh, en)).toEqual({
      一个循环调度一切: 'one-loop-schedules-everything',
      没有任务就没有并发: 'no-tasks-no-concurrency',
      小节: 'a-subsection',
    });
  });

  it('pairs nothing when the structures differ', () => {
    expect(pairHeadings(zh, en.slice(1))).toEqual({});
    expect(pairHeadings(zh, [...en.slice(0, 2), { depth: 2, slug: 'x' }])).toEqual({});
  });
});

describe('fragmentForOtherLocale', () => {
  const map = pairHeadings(zh, en);

  it('keeps an assignment, a submission or a share link as it is', () => {
    for (const hash of ['#a=N4Ig', '#s=abc', '#code/MYewdg']) expect(fragmentForOtherLocale(hash, {})).toBe(hash);
  });

  it('translates a heading, percent-encoded as location.hash gives it', () => {
    expect(fragmentForOtherLocale(`#${encodeURIComponent('没有任务就没有并发')}`, map)).toBe(
      '#no-tasks-no-concurrency',
    );
    expect(fragmentForOtherLocale('#a-subsection', pairHeadings(en, zh))).toBe('#小节');
  });

  it('drops a fragment it cannot place', () => {
    expect(fragmentForOtherLocale('', map)).toBe('');
    expect(fragmentForOtherLocale('#', map)).toBe('');
    expect(fragmentForOtherLocale('#unknown', map)).toBe('');
    expect(fragmentForOtherLocale('#%E0%A4%A', map)).toBe('');
  });
});
