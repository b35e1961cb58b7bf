/**
 * The ids of the <Playground> elements in a lesson's MDX source, in order: the outline marks a
 * lesson done once each of them has run. Props may span several lines; `id` is always a string.
 */
export function playgroundIds(body: string | undefined): string[] {
  if (!body) return [];
  const ids: string[] = [];
  for (const [, props = ''] of body.matchAll(/<Playground\b([\s\S]*?)\/>/g)) {
    const id = /\bid=["']([a-z0-9-]+)["']/.exec(props)?.[1];
    if (id) ids.push(id);
  }
  return ids;
}
