import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terms } from '../i18n/terms';
import { stringsWithPrefix } from '../i18n/ui';
import { proseOf } from './zh-prose';

const files = ['content/lessons/zh-cn', 'content/exercises/zh-cn'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join(dir, f)),
);

/** Prose without the notes' words, which the course quotes in “…” as the notes wrote them. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”/g, (quote) => ' '.repeat(quote.length));
}

function avoidedIn(text: string): string[] {
  return terms.flatMap((term) =>
    (term.avoid ?? [])
      .filter((variant) => unquoted(text).includes(variant.text))
      .map((variant) => `${variant.text} → ${term.zh} (${variant.why})`),
  );
}

describe('one Chinese term per idea (src/i18n/terms.ts)', () => {
  for (const file of files) {
    it(`${file} uses the course's terms`, () => {
      expect(avoidedIn(proseOf(readFileSync(file, 'utf8')))).toEqual([]);
    });
  }

  it('the zh-cn UI strings use the course’s terms', () => {
    const found = Object.entries(stringsWithPrefix('zh-cn', '')).flatMap(([key, value]) =>
      avoidedIn(value).map((problem) => `${key}: ${problem}`),
    );
    expect(found).toEqual([]);
  });

  it('the reader-facing glossary has an entry for every term that names one, and no other', () => {
    const glossary = readFileSync('content/lessons/zh-cn/glossary.mdx', 'utf8');
    const headings = [...glossary.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    const named = terms.flatMap((term) => (term.glossaryHeading ? [term.glossaryHeading] : []));
    // Entries named after an API or a pair of API names carry no Chinese term to keep consistent.
    const apiEntries = headings.filter((h) => h !== undefined && !/[\u4e00-\u9fff]/u.test(h));
    expect(headings.filter((h) => !apiEntries.includes(h)).sort()).toEqual([...named].sort());
  });

  it('each glossary heading starts with the term’s Chinese name', () => {
    for (const term of terms) {
      if (term.glossaryHeading) expect(term.glossaryHeading.startsWith(term.zh), term.en).toBe(true);
    }
  });
});

describe('avoidedIn', () => {
  it('finds a variant in prose but not in a quotation of the notes', () => {
    expect(avoidedIn('Promise 落定之后')).toHaveLength(1);
    expect(avoidedIn('笔记把它叫作“任务循环”。')).toEqual([]);
  });
});
