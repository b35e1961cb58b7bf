/**
 * Rewrites the ASCII punctuation of Chinese prose in a zh-cn MDX file as full-width punctuation,
 * following the convention in zh-prose.ts. Used once to convert the course and kept for authors
 * (`node scripts/fix-zh-punctuation.ts <file…>`); the result must still be read by a person, since
 * an English phrase inside Chinese prose can be mistaken for Chinese context.
 */
import { CJK, proseOf } from './zh-prose.ts';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const CHINESE_CONTEXT = new RegExp(`${CJK.source.slice(0, -1)}\u201c\u201d\u2018\u2019\u2026\u2014]`, 'u');
/** Full-width marks that take no space on either side. */
const NO_SPACE = /[，。；：？！（）、]/u;

/**
 * The nearest character in direction `step` within the paragraph, skipping spaces, emphasis marks and
 * one line break (a wrapped line), but not a list item's marker.
 */
function neighbour(text: string, from: number, step: 1 | -1): string {
  let breaks = 0;
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const c = text[i] ?? '';
    if (c === '\n' && ++breaks > 1) return '';
    if (c === '\n' && step === 1 && /^\s*([-|#<>]|\d+\.)/.test(text.slice(i + 1, i + 8))) return '';
    if (c !== ' ' && c !== '*' && c !== '\n') return c;
  }
  return '';
}

function replaceAt(chars: string[], at: number, value: string): void {
  chars[at] = value;
}

/** Converts parenthesis pairs and straight double quotes that enclose or touch Chinese text. */
function convertPairs(original: string[], prose: string[]): void {
  for (let changed = true; changed;) {
    changed = false;
    const text = prose.join('');
    for (const match of text.matchAll(/\(([^()\n]*\n?[^()\n]*)\)/g)) {
      const at = match.index ?? 0;
      const end = at + match[0].length - 1;
      const inner = match[1] ?? '';
      const looksLikeCall = /[\w.]/.test(text[at - 1] ?? '') && !/[\s\u0000]/u.test(inner) && !CJK.test(inner);
      const chinese =
        CHINESE_CONTEXT.test(inner) ||
        CHINESE_CONTEXT.test(neighbour(text, at - 1, -1)) ||
        CHINESE_CONTEXT.test(neighbour(text, end + 1, 1));
      if (looksLikeCall || !(chinese || /\s/.test(inner))) continue;
      for (const [i, c] of [
        [at, '（'],
        [end, '）'],
      ] as const) {
        replaceAt(original, i, c);
        replaceAt(prose, i, c);
      }
      changed = true;
    }
  }
  const text = prose.join('');
  for (const match of text.matchAll(/"([^"\n]*)"/g)) {
    const at = match.index ?? 0;
    const end = at + match[0].length - 1;
    const chinese =
      CHINESE_CONTEXT.test(match[1] ?? '') ||
      CHINESE_CONTEXT.test(neighbour(text, at - 1, -1)) ||
      CHINESE_CONTEXT.test(neighbour(text, end + 1, 1));
    if (!chinese) continue;
    replaceAt(original, at, '“');
    replaceAt(original, end, '”');
    replaceAt(prose, at, '“');
    replaceAt(prose, end, '”');
  }
}

function convertMarks(original: string[], prose: string[]): void {
  const text = prose.join('');
  for (const match of text.matchAll(/[,;:?!]/g)) {
    const at = match.index ?? 0;
    const mark = match[0];
    const prev = text[at - 1] ?? '';
    const next = text[at + 1] ?? '';
    if (/[\dA-Za-z]/.test(prev) && /[\d]/.test(next)) continue; // 1,000 or 10:30
    if (mark === ':' && next === '/') continue;
    const touchesChinese =
      CHINESE_CONTEXT.test(neighbour(text, at - 1, -1)) || CHINESE_CONTEXT.test(neighbour(text, at + 1, 1));
    const lineOf = text.slice(text.lastIndexOf('\n', at) + 1, text.indexOf('\n', at) >>> 0);
    // In a Chinese line, "asyncio,CPython" or "GIL:asyncio" is not English punctuation, and neither
    // is a comma that ends a line after code: English would put a space after the mark.
    const clauseMark = mark === ',' || mark === ';' || mark === ':';
    const unspacedInChinese = clauseMark && /[^ ]/.test(next) && CJK.test(lineOf);
    if (!touchesChinese && !unspacedInChinese) continue;
    const value = FULL_WIDTH[mark] ?? mark;
    replaceAt(original, at, value);
    replaceAt(prose, at, value);
  }
}

/** Drops prose spaces between a full-width mark and the text beside it on the same line. */
function dropSpaces(original: string[], prose: string[]): void {
  const text = prose.join('');
  const drop = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (!NO_SPACE.test(text[i] ?? '')) continue;
    let before = i - 1;
    while (text[before] === ' ') before--;
    if (before >= 0 && text[before] !== '\n') for (let k = before + 1; k < i; k++) drop.add(k);
    let after = i + 1;
    while (text[after] === ' ') after++;
    if (after < text.length && text[after] !== '\n') for (let k = i + 1; k < after; k++) drop.add(k);
  }
  for (const i of drop) {
    replaceAt(original, i, '');
    replaceAt(prose, i, '');
  }
}

/**
 * Joins a line to the next when the break falls beside full-width punctuation: inside a paragraph
 * a line break renders as a space, which has no place next to `，` or `。`.
 */
function joinBrokenLines(text: string): string {
  const lines = text.split('\n');
  let fence = false;
  let frontmatter = lines[0] === '---' ? 0 : 2;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (frontmatter < 2 && line.trim() === '---') frontmatter++;
    if (line.trimStart().startsWith('```')) fence = !fence;
    while (frontmatter >= 2 && !fence && i + 1 < lines.length) {
      const next = lines[i + 1] ?? '';
      if (!line.trim() || !next.trim() || /^\s*([-|#<>{]|\d+\.|```)/.test(next) || /^\s*[|#<]/.test(line)) break;
      const end = line
        .trimEnd()
        .replace(/[*_]+$/, '')
        .slice(-1);
      const start = next
        .trimStart()
        .replace(/^[*_]+/, '')
        .slice(0, 1);
      if (!NO_SPACE.test(end) && !NO_SPACE.test(start)) break;
      line = line.trimEnd() + next.trimStart();
      i++;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** The file with its Chinese prose punctuated the Chinese way; code and markup are untouched. */
export function fixChinesePunctuation(mdx: string): string {
  const original = [...mdx];
  // proseOf works on UTF-16 units and spreads split by code point; the course has no astral text.
  if (original.length !== mdx.length) return mdx;
  const prose = [...proseOf(mdx)];
  convertPairs(original, prose);
  convertMarks(original, prose);
  dropSpaces(original, prose);
  return joinBrokenLines(original.join(''));
}
