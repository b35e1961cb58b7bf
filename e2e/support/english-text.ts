import type { Page } from '@playwright/test';

/**
 * Names that stay as they are on a Chinese page: products, languages, and API names that the
 * course writes in code font elsewhere but that also appear in plain UI text.
 */
export const PRODUCT_NAMES = [
  'Async Lab',
  'TypeScript Playground',
  'TypeScript',
  'JavaScript',
  'Python',
  'asyncio',
  'Node.js',
  'Chromium',
  'Monaco',
  'esbuild',
  'httpbin',
  'Markdown',
  'Pyodide',
  'GitHub',
  'Web Worker',
];

/**
 * Short English that a zh-cn page may show, each with why. Keep it short: every entry is a place
 * where a Chinese reader meets English.
 */
export const ALLOW_LIST: { text: string; why: string }[] = [
  { text: 'Ctrl/⌘+Enter', why: 'a key name, as printed on the keyboard' },
  { text: 'Promise.all', why: 'an API name; code, even outside a code element' },
  { text: 'concurrency and parallelism', why: 'the English term beside its Chinese name (glossary heading)' },
  { text: 'global interpreter lock', why: 'the English term beside its Chinese name (glossary)' },
  { text: 'async with', why: 'Python keywords in a lesson summary: frontmatter is plain text, no code font' },
  { text: 'async for', why: 'the same, in the async-iteration summary' },
  { text: 'async def main', why: 'Python code in a heading; the on-page contents drop its code font' },
  { text: 'async def', why: 'the same heading' },
  {
    text: 'Argument of type ‘number’ is not assignable to parameter of type',
    why: 'the TypeScript diagnostic quoted in other-operations, as the compiler prints it',
  },
  ...['Start sync request', 'Sync request done', 'Start async request', 'Async request done'].map((text) => ({
    text,
    why: 'program output quoted in the timing table of async-http',
  })),
];

/**
 * Runs of English in `text`: two or more words in a row, each of three or more ASCII letters and
 * nothing else (so identifiers like `fetchAll(urls)` or `Promise.race` are not words), after
 * product names and the allow-list are removed. Text inside straight quotes is a value, not prose.
 */
export function englishRuns(text: string): string[] {
  let rest = text.replace(/"[^"\n]*"/g, ' ');
  for (const name of [...ALLOW_LIST.map((a) => a.text), ...PRODUCT_NAMES]) rest = rest.split(name).join(' ');
  const runs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 2) runs.push(run.join(' '));
    run = [];
  };
  for (const token of rest.split(/\s+/)) {
    const bare = token.replace(/^[(“‘'[]+|[)”’'\],.;:!?…]+$/g, '');
    if (/^[A-Za-z]{3,}$/.test(bare)) {
      run.push(bare);
      // A word that ends a clause ("done." "Run,") ends the run only if the punctuation is Chinese.
      if (/[，。；：！？]$/.test(token)) flush();
    } else flush();
  }
  flush();
  return runs;
}

/**
 * The visible UI text of `page` that is not code: text nodes and the labels a screen reader reads
 * (aria-label, title, placeholder, alt), outside pre, code, the editor, and console entries that
 * the learner's code printed (every kind but `system`).
 */
export async function visibleUiText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Timeline bars and table cells carry the labels the learner's code gave its spans.
    const skip =
      'pre, code, script, style, textarea, .monaco-editor, [role="log"] [data-kind]:not([data-kind="system"]), ' +
      '[data-timeline] [data-span], [data-timeline] td';
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest(skip) || !parent.checkVisibility()) continue;
      out.push(text);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], img[alt]')) {
      if (el.closest(skip) || !el.checkVisibility()) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  });
}
