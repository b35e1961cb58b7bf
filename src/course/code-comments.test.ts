import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeComments, translateComments } from './code-comments';

describe('codeComments', () => {
  it('finds comments, not comment-like text in strings, templates or URLs', () => {
    const source = [
      "const url = 'https://httpbin.org/get'; // the endpoint",
      'const t = `// not a comment ${1 /* inside */} /* nor this */`;',
      "const s = '/* string */';",
    ].join('\n');
    expect(codeComments(source).map((c) => [c.kind, c.text])).toEqual([
      ['trailing', 'the endpoint'],
      ['block', 'inside'],
    ]);
  });

  it('joins a paragraph of // lines, and only lines directly below each other at one indentation', () => {
    const source = ['  // one', '  // two', '', '  // three', '    // four', 'f(); // five', '// six'].join('\n');
    expect(codeComments(source).map((c) => [c.kind, c.text])).toEqual([
      ['lines', 'one two'],
      ['lines', 'three'],
      ['lines', 'four'],
      ['trailing', 'five'],
      ['lines', 'six'],
    ]);
  });

  it('reads a block comment without its markers, its lines joined', () => {
    const source = '/**\n * Fetches `url`,\n * then gives up.\n */\nexport {};';
    expect(codeComments(source)).toMatchObject([{ kind: 'block', text: 'Fetches `url`, then gives up.', doc: true }]);
  });
});

describe('codeComments in Python', () => {
  it('finds # comments, not a # in a string of any quoting', () => {
    const source = [
      'import asyncio  # the loop',
      'url = "https://example.com/#top"  # a fragment',
      "s = '#not' + f'{1}#no' + '''",
      '# still a string',
      "'''",
      '# one',
      '# two',
      '    # indented',
    ].join('\n');
    expect(codeComments(source, 'python').map((c) => [c.kind, c.text])).toEqual([
      ['trailing', 'the loop'],
      ['trailing', 'a fragment'],
      ['lines', 'one two'],
      ['lines', 'indented'],
    ]);
  });

  it('writes translations back with #', () => {
    const source = 'x = 1  # one\n# two\n';
    expect(translateComments(source, { one: '一', two: '二' }, 'python')).toBe('x = 1  # 一\n# 二\n');
  });
});

describe('translateComments', () => {
  it('writes each translation as the comment was written, and leaves the code alone', () => {
    const source = ['/** Doc. */', 'function f() {', '  // Para one', '  // para two.', '  return 1; // one', '}'].join(
      '\n',
    );
    const out = translateComments(source, {
      'Doc.': '文档。',
      'Para one para two.': '第一行，\n第二行。',
      one: '一',
    });
    expect(out).toBe(
      ['/** 文档。 */', 'function f() {', '  // 第一行，', '  // 第二行。', '  return 1; // 一', '}'].join('\n'),
    );
  });

  it('breaks a block comment onto lines where the translation does', () => {
    const out = translateComments('  /** Long. */\n  x();', { 'Long.': '第一行，\n第二行。' });
    expect(out).toBe('  /**\n   * 第一行，\n   * 第二行。\n   */\n  x();');
  });

  it('refuses a comment with no translation, and a trailing comment split over lines', () => {
    expect(() => translateComments('x(); // new', {})).toThrow('no translation for the comment "new"');
    expect(() => translateComments('x(); // a', { a: '一\n二' })).toThrow('one line');
  });
});

/** The code learners see: lesson examples, exercise starters and solutions (checks are never shown). */
function courseCode(): string[] {
  const examples = readdirSync('content/examples', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') || file.endsWith('.py'))
    .map((file) => `content/examples/${file}`);
  const exercises = readdirSync('content/exercises/code').flatMap((slug) =>
    ['starter.ts', 'solution.ts', 'starter.py', 'solution.py']
      .map((name) => `content/exercises/code/${slug}/${name}`)
      .filter((file) => file.endsWith('.ts') || existsSync(file)),
  );
  return [...examples, ...exercises].sort();
}

const languageOf = (file: string) => (file.endsWith('.py') ? 'python' : 'typescript');

/** The code with its comments cut out, so two versions can be compared. */
const withoutComments = (source: string, language: 'typescript' | 'python') => {
  let out = '';
  let at = 0;
  for (const c of codeComments(source, language)) {
    out += source.slice(at, c.start);
    at = c.end;
  }
  return out + source.slice(at);
};

describe.each(courseCode())('%s in zh-cn', (file) => {
  const source = readFileSync(file, 'utf8');
  const language = languageOf(file);
  const tablePath = file.endsWith('.py') ? `${file}.zh-cn.json` : file.replace(/\.ts$/, '.zh-cn.json');
  const table = existsSync(tablePath) ? (JSON.parse(readFileSync(tablePath, 'utf8')) as Record<string, string>) : {};
  const texts = codeComments(source, language).map((c) => c.text);

  it('has a translation for every comment, and none for a comment that is gone', () => {
    expect({ untranslated: texts.filter((t) => !(t in table)) }).toEqual({ untranslated: [] });
    expect({ stale: Object.keys(table).filter((t) => !texts.includes(t)) }).toEqual({ stale: [] });
  });

  it('is the same code, with the same compiler directives', () => {
    const localized = translateComments(source, table, language);
    expect(withoutComments(localized, language)).toBe(withoutComments(source, language));
    const directives = (code: string) => codeComments(code, language).map((c) => /^@ts-[\w-]+/.exec(c.text)?.[0] ?? '');
    expect(directives(localized)).toEqual(directives(source));
  });

  it('is written in Chinese with full-width punctuation', () => {
    for (const [english, chinese] of Object.entries(table)) {
      // A comment that is only a name or a marker (AbortError, TODO) stays as it is.
      if (/^[\w.()]+$/.test(english)) continue;
      expect(chinese, english).toMatch(/[\u4e00-\u9fff]/);
      expect(chinese, english).not.toMatch(/[\u4e00-\u9fff][,;:?!]|[,;:?!]\s*[\u4e00-\u9fff]/);
    }
  });
});
