import { describe, expect, it } from 'vitest';
import { lineDiff } from './line-diff';

const show = (before: string, after: string): string =>
  lineDiff(before, after)
    .map((l) => `${l.kind === 'same' ? ' ' : l.kind === 'added' ? '+' : '-'}${l.text}`)
    .join('\n');

describe('lineDiff', () => {
  it('keeps unchanged lines and marks what was removed and added', () => {
    const starter = 'const a = 1;\n// TODO: fetch all three\nfor (const u of urls) await get(u);\nprint(a);';
    const student = 'const a = 1;\nawait Promise.all(urls.map(get));\nprint(a);';
    expect(show(starter, student)).toBe(
      [
        ' const a = 1;',
        '-// TODO: fetch all three',
        '-for (const u of urls) await get(u);',
        '+await Promise.all(urls.map(get));',
        ' print(a);',
      ].join('\n'),
    );
  });

  it('finds lines kept between changes', () => {
    expect(show('a\nb\nc\nd', 'x\nb\nd\ny')).toBe(['-a', '+x', ' b', '-c', ' d', '+y'].join('\n'));
  });

  it('says nothing changed when nothing did, whatever the line endings', () => {
    expect(lineDiff('a\r\nb', 'a\nb').every((l) => l.kind === 'same')).toBe(true);
  });

  it('reads the same lines back on each side', () => {
    const before = 'one\ntwo\nthree\nfour\nfive';
    const after = 'zero\ntwo\nfour\nfive\nsix';
    const lines = lineDiff(before, after);
    expect(
      lines
        .filter((l) => l.kind !== 'added')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(before);
    expect(
      lines
        .filter((l) => l.kind !== 'removed')
        .map((l) => l.text)
        .join('\n'),
    ).toBe(after);
  });
});
