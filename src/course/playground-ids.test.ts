import { describe, expect, it } from 'vitest';
import { playgroundIds } from './playground-ids';

describe('playgroundIds', () => {
  it('finds ids of one-line and multi-line playgrounds, in order', () => {
    const body =
      '<Playground id="a" src="x/a.ts" />\n\ntext\n\n<Playground\n  src="x/b.ts"\n  id="b-2"\n/>\n<Note id="c" />';
    expect(playgroundIds(body)).toEqual(['a', 'b-2']);
    expect(playgroundIds(undefined)).toEqual([]);
  });
});
