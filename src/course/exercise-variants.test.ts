import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * Every exercise keeps, next to its reference solution, wrong solutions its checks must reject and
 * right ones they must accept (e2e/exercise-variants.spec.ts and e2e/exercise-python.spec.ts run them
 * all in the sandbox), in TypeScript and, for a Python variant, in Python too. These are for the
 * course's authors, never shown to learners: no zh-cn comment tables, and the build reads only the
 * files at the top of the exercise's folder (exercise-code.ts).
 */
const CODE = 'content/exercises/code';
const slugs = readdirSync(CODE).sort();

const filesIn = (dir: string, ext: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((file) => !file.startsWith('.') && file.endsWith(ext)) : [];

/** How each language writes things down: its file extension, comment, and check registration. */
const LANGUAGES = {
  typescript: { ext: '.ts', comment: '//', registration: /^check\(\s*'((?:[^'\\]|\\.)*)'/gm },
  python: { ext: '.py', comment: '#', registration: /^@check\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/gm },
} as const;
type Language = keyof typeof LANGUAGES;

/** The names an exercise's checks register: check('name', …), or @check("name") in Python. */
function checkNames(source: string, language: Language): string[] {
  return [...source.matchAll(LANGUAGES[language].registration)].map((m) =>
    (m[1] ?? m[2] ?? '').replace(/\\(['"])/g, '$1'),
  );
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const pythonSlugs = slugs.filter((slug) => existsSync(`${CODE}/${slug}/starter.py`));
const cases = [
  ...slugs.map((slug) => [slug, 'typescript'] as const),
  ...pythonSlugs.map((slug) => [slug, 'python'] as const),
];

describe('checkNames', () => {
  it('reads both languages, quotes inside names included', () => {
    expect(checkNames("check('a', () => {});\ncheck('it\\'s', f);", 'typescript')).toEqual(['a', "it's"]);
    expect(checkNames('@check("a")\ndef _(ctx): ...\n@check(\'reports "x"\')\n', 'python')).toEqual([
      'a',
      'reports "x"',
    ]);
  });
});

it('at least 6 exercises have a Python variant', () => {
  expect(pythonSlugs.length).toBeGreaterThanOrEqual(6);
});

describe.each(cases)('%s (%s)', (slug, language) => {
  const { ext, comment } = LANGUAGES[language];
  const wrong = filesIn(`${CODE}/${slug}/wrong`, ext);
  const right = filesIn(`${CODE}/${slug}/right`, ext);
  const names = checkNames(readFileSync(`${CODE}/${slug}/checks${ext}`, 'utf8'), language);
  const firstLine = (file: string): string => readFileSync(`${CODE}/${slug}/${file}`, 'utf8').split('\n', 1)[0] ?? '';

  it(`keeps at least 3 wrong solutions and at least 1 right one`, () => {
    expect(wrong.length).toBeGreaterThanOrEqual(3);
    expect(right.length).toBeGreaterThanOrEqual(1);
  });

  it('says on the first line of each wrong one what it gets wrong and which check rejects it', () => {
    expect(names.length).toBeGreaterThan(0);
    const pattern = new RegExp(`^${escape(comment)} Wrong \\(fails "([^"]+)"\\): \\S.*$`);
    for (const file of wrong) {
      const first = firstLine(`wrong/${file}`);
      const match = pattern.exec(first);
      expect(match, `${file}: ${first}`).not.toBeNull();
      expect(names, file).toContain(match?.[1]);
    }
  });

  it('says on the first line of each right one how it differs from the reference', () => {
    for (const file of right)
      expect(firstLine(`right/${file}`), file).toMatch(new RegExp(`^${escape(comment)} Right: \\S.*$`));
  });

  it('differs from the reference and from each other', () => {
    const reference = readFileSync(`${CODE}/${slug}/solution${ext}`, 'utf8');
    const bodies = [...wrong.map((f) => `wrong/${f}`), ...right.map((f) => `right/${f}`)].map((f) =>
      // Without the first line, so a copy under a new comment is still caught.
      readFileSync(`${CODE}/${slug}/${f}`, 'utf8').split('\n').slice(1).join('\n'),
    );
    expect(new Set([reference, ...bodies]).size).toBe(bodies.length + 1);
  });

  it.each(['en', 'zh-cn'])('labels every check in %s', (locale) => {
    const text = readFileSync(`content/exercises/${locale}/${slug}.mdx`, 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { checkLabels?: Record<string, string> };
    expect(names.filter((name) => !data.checkLabels?.[name])).toEqual([]);
  });
});

describe.each(pythonSlugs)('%s in Python', (slug) => {
  it.each(['en', 'zh-cn'])('has Python hints and instructions in %s', (locale) => {
    const text = readFileSync(`content/exercises/${locale}/${slug}.mdx`, 'utf8');
    const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { python?: { hints?: string[] } };
    expect(data.python?.hints?.length).toBeGreaterThan(0);
    expect(text).toContain('<ForLanguage lang="python">');
  });

  it('checks.py only imports what the sandbox has (lab_check and the standard library)', () => {
    const imports = [...readFileSync(`${CODE}/${slug}/checks.py`, 'utf8').matchAll(/^(?:from|import) (\w+)/gm)];
    expect(
      imports
        .map((m) => m[1])
        .filter((name) => !['lab_check', 'asyncio', 're', 'threading', 'time'].includes(name ?? '')),
    ).toEqual([]);
  });
});
