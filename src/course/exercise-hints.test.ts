import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The last hint points the way; it does not hand over the answer. Whatever the learner has to write
 * (the lines of the solution that the starter lacks) must not all be in it, in either locale.
 */
const CODE = 'content/exercises/code';

/** Code lines with their spaces squeezed out, so a hint that writes them on one line still matches. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** A file's lines without // comments (a URL's // stays), or # comments in Python, and without spaces. */
const codeLines = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => squeeze(path.endsWith('.py') ? line.replace(/(^|\s)#.*$/, '') : line.replace(/(^|\s)\/\/.*$/, '')));

/** The statements the learner writes: lines of the solution not in the starter, without doc comments or lone brackets. */
function linesToWrite(slug: string, ext: string): string[] {
  const starter = new Set(codeLines(`${CODE}/${slug}/starter${ext}`));
  return codeLines(`${CODE}/${slug}/solution${ext}`).filter(
    (line) => line.length > 3 && !starter.has(line) && !/^(\/\*\*|\*)/.test(line),
  );
}

function lastHint(locale: string, slug: string, python: boolean): string {
  const text = readFileSync(`content/exercises/${locale}/${slug}.mdx`, 'utf8');
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as {
    hints?: string[];
    python?: { hints?: string[] };
  };
  return (python ? data.python?.hints : data.hints)?.at(-1) ?? '';
}

const cases = readdirSync(CODE)
  .sort()
  .flatMap((slug) => [
    [slug, '.ts'] as const,
    ...(existsSync(`${CODE}/${slug}/starter.py`) ? [[slug, '.py'] as const] : []),
  ]);

describe.each(cases)('%s (%s)', (slug, ext) => {
  it.each(['en', 'zh-cn'])('its last hint (%s) leaves something for the learner to write', (locale) => {
    const lines = linesToWrite(slug, ext);
    expect(lines.length).toBeGreaterThan(0);
    const hint = squeeze(lastHint(locale, slug, ext === '.py'));
    expect(hint.length).toBeGreaterThan(0);
    expect(lines.filter((line) => !hint.includes(line)).length).toBeGreaterThan(0);
  });
});
