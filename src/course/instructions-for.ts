/**
 * An exercise's MDX body as plain Markdown for one language, for the assignment builder (whose
 * instructions travel in a link and are rendered as a small Markdown subset, with no MDX): the
 * other language's <ForLanguage> blocks are dropped, the chosen one's tags removed.
 */
export function instructionsFor(body: string, language: 'typescript' | 'python'): string {
  const block = /<ForLanguage lang="(typescript|python)">\n([\s\S]*?)\n<\/ForLanguage>\n?/g;
  return body
    .replace(block, (_whole, lang: string, inner: string) => (lang === language ? `${inner.trim()}\n` : ''))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
