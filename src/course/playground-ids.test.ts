import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { declaredPlaygrounds, playgroundIds } from './playground-ids';
import { readLessonFiles } from './read-lessons.test-helper';

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

describe('the playgrounds of every lesson', () => {
  const lessons = readLessonFiles().map((lesson) => ({
    ...lesson,
    playgrounds: declaredPlaygrounds(readFileSync(lesson.filePath, 'utf8')),
  }));

  it('are found: a renamed tag or prop would otherwise turn the lesson-examples e2e test into a no-op', () => {
    const withPlaygrounds = lessons.filter((lesson) => lesson.playgrounds.length > 0);
    expect(withPlaygrounds.length).toBeGreaterThanOrEqual(16);
    expect(lessons.flatMap((l) => l.playgrounds).filter((p) => p.language === 'python').length).toBeGreaterThan(0);
  });

  it('each make both claims the e2e suite checks: a duration band and the output', () => {
    const missing = lessons.flatMap((lesson) =>
      lesson.playgrounds
        .filter((p) => !p.claims.ms || !p.claims.output)
        .map(
          (p) =>
            `${lesson.filePath} #${p.id}: ${p.claims.ms ? '' : 'expectMs '}${p.claims.output ? '' : 'expectOutput'}`,
        ),
    );
    expect(missing).toEqual([]);
  });

  it('are the same in both locales, in the same order', () => {
    const byId = new Map(lessons.map((l) => [l.id, l.playgrounds.map((p) => `${p.id}:${p.language}`)]));
    for (const [id, ids] of byId)
      if (id.startsWith('en/')) expect(byId.get(id.replace(/^en\//, 'zh-cn/')), id).toEqual(ids);
  });
});
