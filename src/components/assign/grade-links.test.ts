import { describe, expect, it } from 'vitest';
import { fragmentOf, parseLinkList, uniqueLinks } from './grade-links';

describe('the gradebook paste box', () => {
  it('keeps one link a line, without blank lines or the spaces around links', () => {
    const text = '  https://x.test/en/assign/open/#s=AAA  \r\n\n\t\nhttps://x.test/en/assign/open/#s=BBB\rnot a link\n';
    expect(parseLinkList(text)).toEqual([
      'https://x.test/en/assign/open/#s=AAA',
      'https://x.test/en/assign/open/#s=BBB',
      'not a link',
    ]);
    expect(parseLinkList(' \n \n')).toEqual([]);
  });

  it('reads the fragment, wherever the link points', () => {
    expect(fragmentOf('https://x.test/sub/zh-cn/assign/open/#s=AAA')).toBe('#s=AAA');
    expect(fragmentOf('#s=AAA')).toBe('#s=AAA');
    expect(fragmentOf('https://x.test/en/assign/open/')).toBe('');
  });

  it('keeps each link once, noting where it was pasted again', () => {
    const lines = [
      'https://x.test/en/assign/open/#s=AAA',
      'https://x.test/en/assign/open/#s=BBB',
      // The same submission opened on another copy of the site is the same submission.
      'https://y.test/sub/zh-cn/assign/open/#s=AAA',
      'not a link',
      'not a link',
      'https://x.test/en/assign/open/#s=AAA',
    ];
    expect(uniqueLinks(lines)).toEqual([
      { link: lines[0], line: 1, repeats: [3, 6] },
      { link: lines[1], line: 2, repeats: [] },
      { link: 'not a link', line: 4, repeats: [5] },
    ]);
  });
});
