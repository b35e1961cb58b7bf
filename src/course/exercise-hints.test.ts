import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The last hint points the way; it does not hand over the answer. Whatever the learner has to write
 * (the lines of the solution that the starter lacks) must not all be in it, in either locale.
 */
const CODE = 'content/exercises/code';

/** Code lines with their spaces squeezed out, so a hint that writes them on one line still matches. */
const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** A file's lines without // comments (a URL's // stays) and without spaces. */
const codeLines = (path: string): string[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => squeeze(line.replace(/(^|\s)\/\/.*$/, '')));

/** The statements the learner writes: lines of the solution not in the starter, without doc comments or lone brackets. */
function linesToWrite(slug: string): string[] {
  const starter = new Set(codeLines(`${CODE}/${slug}/starter.ts`));
  return codeLines(`${CODE}/${slug}/solution.ts`).filter(
    (line) => line.length > 3 && !starter.has(line) && !/^(\/\*\*|\*)/.test(line),
  );
}

function lastHint(locale: string, slug: string): string {
  const text = readFileSync(`content/exercises/${locale}/${slug}.mdx`, 'utf8');
  const data = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { hints?: string[] };
  return data.hints?.at(-1) ?? '';
}

describe.each(readdirSync(CODE).sort())('%s', (slug) => {
  it.each(['en', 'zh-cn'])('its last hint (%s) leaves something for the learner to write', (locale) => {
    const lines = linesToWrite(slug);
    expect(lines.length).toBeGreaterThan(0);
    const hint = squeeze(lastHint(locale, slug));
    expect(lines.filter((line) => !hint.includes(line)).length).toBeGreaterThan(0);
  });
});
