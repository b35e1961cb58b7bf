/**
 * Finds the Chinese prose in a zh-cn MDX file, and the ASCII punctuation in it that should be
 * full-width. Shared by the unit test that guards the course's typography and by
 * scripts/zh-punctuation.ts, which fixes a file. No imports, so Node can run it as plain TypeScript.
 *
 * The convention (W3C clreq, "Requirements for Chinese Text Layout"): Chinese prose takes full-width
 * punctuation `，。；：？！（）“”` with no space around it; code, URLs, numbers and English phrases
 * keep ASCII; one ASCII space separates Chinese characters from Latin letters, digits and code.
 */

/** Stands for every character that is not prose (markup, URLs, YAML syntax); offsets are kept. */
export const MASK = '\u0000';
/** Stands for the characters of inline code, which reads as a word of Latin text. */
export const CODE = '\u0001';

/** Han ideographs, kana, CJK symbols and full-width forms. */
export const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
/** Characters that only occur in Chinese-context prose: CJK plus curly quotes and the ellipsis. */
const CHINESE_CONTEXT = new RegExp(`${CJK.source.slice(0, -1)}\u201c\u201d\u2018\u2019\u2026\u2014]`, 'u');

const FRONTMATTER_PROSE_KEYS = new Set(['title', 'summary']);

function blank(text: string, from: number, to: number): string {
  return text.slice(0, from) + text.slice(from, to).replace(/[^\n]/g, MASK) + text.slice(to);
}

/** Masks the frontmatter except the prose values: title, summary, hints, checkLabels' values. */
function maskFrontmatter(text: string, end: number): string {
  const kept: [number, number][] = [];
  let offset = 0;
  let listKey = '';
  for (const line of text.slice(0, end).split('\n')) {
    const key = /^([A-Za-z]+):(.*)$/.exec(line);
    if (key?.[1] !== undefined) listKey = key[1];
    const value = key
      ? FRONTMATTER_PROSE_KEYS.has(listKey)
        ? /^[A-Za-z]+:\s*(.*)$/.exec(line)
        : null
      : listKey === 'hints'
        ? /^\s+-\s+(.*)$/.exec(line)
        : listKey === 'checkLabels'
          ? /^\s+(?:"(?:[^"\\]|\\.)*"|[^:]+):\s+(.*)$/.exec(line)
          : null;
    const inner = value?.[1];
    if (inner) {
      const start = offset + line.length - inner.length;
      const quoted = /^(["']).*\1$/.test(inner) ? 1 : 0;
      kept.push([start + quoted, start + inner.length - quoted]);
    }
    offset += line.length + 1;
  }
  let masked = blank(text, 0, end);
  for (const [from, to] of kept) masked = masked.slice(0, from) + text.slice(from, to) + masked.slice(to);
  return masked;
}

/** Replaces every match of `pattern` with `mask`, line breaks kept. */
function maskMatches(text: string, pattern: RegExp, mask = MASK): string {
  return text.replace(pattern, (match) => match.replace(/[^\n]/g, mask));
}

/** Masks JSX tags, which may span lines, except the text of a `title="…"` attribute: readers see it. */
function maskTags(text: string): string {
  const tag = /<\/?[A-Za-z][^>"'{}]*(?:(?:"[^"]*"|'[^']*'|\{[^}]*\})[^>"'{}]*)*\/?>/g;
  return text.replace(tag, (match) => {
    let out = match.replace(/[^\n]/g, MASK);
    for (const title of match.matchAll(/\btitle="([^"]*)"/g)) {
      const value = title[1] ?? '';
      const at = (title.index ?? 0) + 'title="'.length;
      out = out.slice(0, at) + value + out.slice(at + value.length);
    }
    return out;
  });
}

/**
 * The file with everything but Chinese-readable prose replaced by MASK (same length, same lines):
 * frontmatter syntax and non-prose fields, fenced code, inline code, JSX tags (except the text of
 * a `title="…"` attribute), `{…}` expressions, import/export lines, link targets, bare URLs and
 * function calls written as plain text.
 */
export function proseOf(mdx: string): string {
  let text = mdx;
  const fm = /^---\n[\s\S]*?\n---\n/.exec(text);
  if (fm) text = maskFrontmatter(text, fm[0].length);
  // Fenced code blocks, including their fences.
  text = maskMatches(text, /^( *)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm);
  text = maskMatches(text, /^(?:import|export) [^\n]*$/gm);
  text = maskMatches(text, /<!--[\s\S]*?-->/g);
  text = maskMatches(text, /(`+)[^`][\s\S]*?\1/g, CODE);
  text = maskTags(text);
  text = maskMatches(text, /\{[^}\n]*\}/g);
  // A call written as plain text where backticks cannot go (titles, summaries): asCompleted(promises).
  text = maskMatches(text, /[A-Za-z_$][\w$.]*\((?:[^()\n\u3000-\u9fff\uff00-\uffef]|\([^()\n]*\))*\)/g);
  text = maskMatches(text, /\]\([^)\s]*\)/g);
  text = maskMatches(text, /https?:\/\/[^\s\u0000\u3000-\u303f\uff00-\uffef)]+/g);
  return text;
}

export interface PunctuationProblem {
  /** 1-based line and column in the file. */
  line: number;
  column: number;
  /** The offending character and a little context around it. */
  char: string;
  context: string;
}

const ASCII_MARKS = /[,;:?!()"]/g;

function neighbour(text: string, from: number, step: 1 | -1): string {
  for (let i = from; i >= 0 && i < text.length; i += step) {
    const c = text[i] ?? '';
    if (c === '\n') return '';
    if (c !== ' ') return c;
  }
  return '';
}

/**
 * ASCII punctuation in prose that stands next to a Chinese character or Chinese punctuation
 * (spaces between them do not count), and ASCII parentheses around Chinese text.
 */
export function asciiPunctuationInChinese(prose: string): PunctuationProblem[] {
  const found = new Set<number>();
  for (const match of prose.matchAll(ASCII_MARKS)) {
    const at = match.index ?? 0;
    const before = neighbour(prose, at - 1, -1);
    const after = neighbour(prose, at + 1, 1);
    if (CHINESE_CONTEXT.test(before) || CHINESE_CONTEXT.test(after)) found.add(at);
  }
  for (const match of prose.matchAll(/\(([^()\n\u0000]*)\)/g)) {
    if (!CJK.test(match[1] ?? '')) continue;
    const at = match.index ?? 0;
    found.add(at).add(at + match[0].length - 1);
  }
  return [...found].sort((a, b) => a - b).map((at) => locate(prose, at));
}

function locate(text: string, at: number): PunctuationProblem {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return {
    line: text.slice(0, at).split('\n').length,
    column: at - lineStart + 1,
    char: text[at] ?? '',
    context: text
      .slice(Math.max(lineStart, at - 12), at + 12)
      .replaceAll(MASK, '·')
      .replaceAll(CODE, '`'),
  };
}

/**
 * Chinese characters that touch a Latin letter, a digit or inline code with no space between them.
 * The course separates the two with one ASCII space (clreq allows a space or a quarter-em gap).
 */
export function latinWithoutSpace(prose: string): PunctuationProblem[] {
  const touching = /\p{sc=Han}[*_]*[A-Za-z0-9\u0001]|[A-Za-z0-9\u0001][*_]*\p{sc=Han}/gu;
  return [...prose.matchAll(touching)].map((match) => locate(prose, match.index ?? 0));
}
