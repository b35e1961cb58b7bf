import { describe, expect, it } from 'vitest';
import { fragmentOf, parseLinkList } from './grade-links';

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
});
