import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A line break inside a paragraph renders as a space, and browsers show it even between two Chinese
 * characters (CSS Text 3's rule that drops it is not implemented). So Chinese prose must not be
 * wrapped by hand; this test names every place where it is.
 */
const CJK = /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
const PUNCT = /[\u3000-\u303f\uff00-\uffef]/u;

function wrappedLines(text: string): number[] {
  const lines = text.split('\n');
  const found: number[] = [];
  let fence = false;
  let frontmatter = 0;
  lines.forEach((line, i) => {
    if (frontmatter < 2 && line.trim() === '---') frontmatter++;
    if (line.trimStart().startsWith('```')) fence = !fence;
    const next = lines[i + 1];
    if (frontmatter < 2 || fence || next === undefined || !line.trim() || !next.trim()) return;
    if (/^\s*([-|#<>]|\d+\.|```)/.test(next) || /^\s*[|#]/.test(line)) return;
    const a = line
      .trimEnd()
      .replace(/[*_]+$/, '')
      .slice(-1);
    const b = next
      .trimStart()
      .replace(/^[*_]+/, '')
      .slice(0, 1);
    if ((CJK.test(a) && CJK.test(b)) || PUNCT.test(a) || PUNCT.test(b)) found.push(i + 1);
  });
  return found;
}

describe('the hand-wrap check', () => {
  it('flags a Chinese sentence broken across two lines, and only that', () => {
    const sample = [
      '---',
      'title: x',
      '---',
      '',
      '事件循环是一个',
      '死循环。',
      '',
      '- 列表项',
      '- 另一项',
      '',
      '```python',
      '中文',
      '注释',
      '```',
    ];
    expect(wrappedLines(sample.join('\n'))).toEqual([5]);
  });
});

describe('Chinese prose', () => {
  for (const dir of ['content/lessons/zh-cn', 'content/exercises/zh-cn']) {
    // A folder that is missing or empty fails here, rather than leaving nothing to check.
    const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
    it(`${dir} has Chinese pages to check`, () => {
      expect(files.length).toBeGreaterThan(5);
    });
    for (const file of files) {
      it(`${dir}/${file} has no hand-wrapped lines inside Chinese text`, () => {
        expect(wrappedLines(readFileSync(join(dir, file), 'utf8'))).toEqual([]);
      });
    }
  }
});
