/**
 * What a lesson asks the reader to run, from its MDX source, in order: the outline marks a lesson
 * done once each item has run. An item is a playground's id, or, for the two playgrounds of a
 * <CodeTwins> (one program in Python and in TypeScript), both ids joined by `|`: running either
 * language counts. Props may span several lines; `id` is always a string.
 */
export function playgroundIds(body: string | undefined): string[] {
  if (!body) return [];
  const items: string[] = [];
  for (const [, twins, single] of body.matchAll(
    /<CodeTwins\b[^>]*>([\s\S]*?)<\/CodeTwins>|<Playground\b([\s\S]*?)\/>/g,
  )) {
    const ids = twins === undefined ? idsIn(`<Playground${single ?? ''}/>`).slice(0, 1) : idsIn(twins);
    if (ids.length > 0) items.push(ids.join('|'));
  }
  return items;
}

function idsIn(source: string): string[] {
  const ids: string[] = [];
  for (const [, props = ''] of source.matchAll(/<Playground\b([\s\S]*?)\/>/g)) {
    const id = /\bid=["']([a-z0-9-]+)["']/.exec(props)?.[1];
    if (id) ids.push(id);
  }
  return ids;
}

/** One `<Playground>` as a lesson's MDX declares it: what e2e/lesson-examples.spec.ts must find rendered. */
export interface DeclaredPlayground {
  id: string;
  language: 'python' | 'typescript';
  /** Which of the claims the lesson makes about it: its duration band and its output. */
  claims: { ms: boolean; output: boolean };
}

/** Every playground of a lesson, in order, with its language (from its `src`) and its claims. */
export function declaredPlaygrounds(body: string): DeclaredPlayground[] {
  return [...body.matchAll(/<Playground\b([\s\S]*?)\/>/g)].flatMap(([, props = '']) => {
    const id = /\bid=["']([a-z0-9-]+)["']/.exec(props)?.[1];
    if (!id) return [];
    const language = /\bsrc=["'][^"']+\.py["']/.test(props) ? 'python' : 'typescript';
    return [{ id, language, claims: { ms: /\bexpectMs=/.test(props), output: /\bexpectOutput=/.test(props) } }];
  });
}
