import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringsWithPrefix } from '../i18n/ui';
import { seedSections } from '../schemas/seed-sections';
import { asciiPunctuationInChinese, latinWithoutSpace, proseOf } from './zh-prose';
import { fixChinesePunctuation } from './zh-punctuation-fix';

const dirs = ['content/lessons/zh-cn', 'content/exercises/zh-cn'];
const files = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f)),
);

/** Problems in a piece of text; a UI string or a section name goes through proseOf for its calls and URLs. */
function report(text: string): string[] {
  return asciiPunctuationInChinese(proseOf(text)).map((p) => `${p.line}:${p.column} ${p.char} in “${p.context}”`);
}

describe('Chinese prose uses full-width punctuation (W3C clreq)', () => {
  for (const file of files) {
    it(`${file}: prose, title, summary, hints and check labels`, () => {
      const mdx = readFileSync(file, 'utf8');
      const prose = proseOf(mdx);
      expect(report(mdx), 'fix with: node scripts/fix-zh-punctuation.ts <file>, then read the diff').toEqual([]);
      expect(latinWithoutSpace(prose).map((p) => `${p.line}:${p.column} “${p.context}”`)).toEqual([]);
    });
  }

  it('zh-cn UI strings', () => {
    const problems = Object.entries(stringsWithPrefix('zh-cn', '')).flatMap(([key, value]) =>
      [...report(value), ...latinWithoutSpace(proseOf(value)).map((p) => p.context)].map((p) => `${key}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it('the notes’ section names', () => {
    const problems = Object.values(seedSections).flatMap((name) => [
      ...report(name),
      ...latinWithoutSpace(proseOf(name)).map((p) => p.context),
    ]);
    expect(problems).toEqual([]);
  });
});

describe('asciiPunctuationInChinese', () => {
  const chars = (text: string) => asciiPunctuationInChinese(proseOf(text)).map((p) => p.char);

  it('finds ASCII marks beside Chinese text, in the body and the frontmatter', () => {
    expect(chars('---\ntitle: 事件循环,以及阻塞\nsummary: "为什么?"\n---\n\n它说:(见下文)\n')).toEqual([
      ',',
      '?',
      ':',
      '(',
      ')',
    ]);
  });

  it('finds parentheses around Chinese text even when Latin text touches them', () => {
    expect(chars('按 Ctrl+M(Mac 上 Ctrl+Shift+M)切换\n')).toEqual(['(', ')']);
  });

  it('leaves code, links, URLs, JSX props, calls and English alone', () => {
    const mdx = [
      '---',
      'order: 1',
      'checkLabels:',
      '  "one line per URL, in order": "每个 URL 一行"',
      '---',
      '用 `gather(a, b)` 和 [协程](../coroutines/) 以及 https://httpbin.org/delay/1?x=1 写 asCompleted(promises)。',
      '<Playground id="a" expectOutput={["a: 1", "b, 2"]} />',
      '```python',
      'print("你好, 世界")',
      '```',
      'Node.js (undici) does too, in English: fine.',
    ].join('\n');
    expect(chars(mdx)).toEqual([]);
  });

  it('reads a Note title as prose', () => {
    expect(chars('<Note title="响应 1 秒就到了,却要到 2 秒">\n正文。\n</Note>\n')).toEqual([',']);
  });
});

describe('fixChinesePunctuation', () => {
  it('converts marks, drops the spaces around them and keeps code as it is', () => {
    expect(fixChinesePunctuation('在 Python 里, `f(a, b)` 返回 (见下文) 一个对象: 好!\n')).toBe(
      '在 Python 里，`f(a, b)` 返回（见下文）一个对象：好！\n',
    );
  });

  it('joins a line broken beside a full-width mark, since the break would render as a space', () => {
    expect(fixChinesePunctuation('第一行,\n第二行。\n\n- 列表,\n  续行\n')).toBe('第一行，第二行。\n\n- 列表，续行\n');
  });

  it('turns straight quotes around Chinese text into curly ones, and only there', () => {
    expect(fixChinesePunctuation('笔记说"速度足够快"。\n\nShe said "hi".\n')).toBe(
      '笔记说“速度足够快”。\n\nShe said "hi".\n',
    );
  });
});
