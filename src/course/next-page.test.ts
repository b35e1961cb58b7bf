import { describe, expect, it } from 'vitest';
import { nextPage } from './next-page';

describe('nextPage', () => {
  const pages = [{ slug: 'a' }, { slug: 'b' }, { slug: 'c' }];

  it('gives the page after the given one', () => {
    expect(nextPage(pages, 'a')).toEqual({ slug: 'b' });
    expect(nextPage(pages, 'b')).toEqual({ slug: 'c' });
  });

  it('gives nothing after the last page, or for a slug not in the list', () => {
    expect(nextPage(pages, 'c')).toBeUndefined();
    expect(nextPage(pages, 'z')).toBeUndefined();
  });
});
