import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every exercise keeps, next to its reference solution, wrong solutions its checks must reject and
 * right ones they must accept (e2e/exercise-variants.spec.ts runs them all in the sandbox). These are
 * for the course's authors, never shown to learners: no zh-cn comment tables, and the build reads only
 * the files at the top of the exercise's folder (exercise-code.ts).
 */
const CODE = 'content/exercises/code';
const slugs = readdirSync(CODE).sort();

const filesIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((file) => !file.startsWith('.')) : [];

/** The names the exercise's checks register: check('name', …). */
function checkNames(slug: string): string[] {
  const source = readFileSync(`${CODE}/${slug}/checks.ts`, 'utf8');
  return [...source.matchAll(/^check\(\s*'((?:[^'\\]|\\.)*)'/gm)].map((m) => (m[1] ?? '').replace(/\\'/g, "'"));
}

describe.each(slugs)('%s', (slug) => {
  const wrong = filesIn(`${CODE}/${slug}/wrong`);
  const right = filesIn(`${CODE}/${slug}/right`);

  it('keeps at least 3 wrong solutions and at least 1 right one, as TypeScript files', () => {
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    expect(right.length).toBeGreaterThanOrEqual(1);
    expect([...wrong, ...right].filter((file) => !file.endsWith('.ts'))).toEqual([]);
  });

  it('says on the first line of each wrong one what it gets wrong and which check rejects it', () => {
    const names = checkNames(slug);
    expect(names.length).toBeGreaterThan(0);
    for (const file of wrong) {
      const first = readFileSync(`${CODE}/${slug}/wrong/${file}`, 'utf8').split('\n', 1)[0] ?? '';
      const match = /^\/\/ Wrong \(fails "([^"]+)"\): \S.*$/.exec(first);
      expect(match, `${file}: ${first}`).not.toBeNull();
      expect(names, file).toContain(match?.[1]);
    }
  });

  it('says on the first line of each right one how it differs from the reference', () => {
    for (const file of right) {
      const first = readFileSync(`${CODE}/${slug}/right/${file}`, 'utf8').split('\n', 1)[0] ?? '';
      expect(first, file).toMatch(/^\/\/ Right: \S.*$/);
    }
  });

  it('differs from the reference and from each other', () => {
    const reference = readFileSync(`${CODE}/${slug}/solution.ts`, 'utf8');
    const bodies = [...wrong.map((f) => `wrong/${f}`), ...right.map((f) => `right/${f}`)].map((f) =>
      // Without the first line, so a copy under a new comment is still caught.
      readFileSync(`${CODE}/${slug}/${f}`, 'utf8').split('\n').slice(1).join('\n'),
    );
    expect(new Set([reference, ...bodies]).size).toBe(bodies.length + 1);
  });
});
