import { describe, expect, it } from 'vitest';
import { playgroundIds } from './playground-ids';

describe('playgroundIds', () => {
  it('finds ids of one-line and multi-line playgrounds, in order', () => {
    const body =
      '<Playground id="a" src="x/a.ts" />\n\ntext\n\n<Playground\n  src="x/b.ts"\n  id="b-2"\n/>\n<Note id="c" />';
    expect(playgroundIds(body)).toEqual(['a', 'b-2']);
    expect(playgroundIds(undefined)).toEqual([]);
  });

  it('makes the two playgrounds of a CodeTwins one item: running either language counts', () => {
    const body =
      '<Playground id="a" src="x/a.ts" />\n<CodeTwins>\n<Playground\n  id="b-py"\n  src="x/b.py"\n/>\n<Playground id="b" src="x/b.ts" />\n</CodeTwins>\n<Playground id="c" src="x/c.ts" />';
    expect(playgroundIds(body)).toEqual(['a', 'b-py|b', 'c']);
  });
});
