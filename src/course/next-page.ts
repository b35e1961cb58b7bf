/**
 * The page after `slug` in a list already in course order (by `order`), or undefined after the
 * last one and for a slug that is not in the list.
 */
export function nextPage<P extends { slug: string }>(pages: readonly P[], slug: string): P | undefined {
  const at = pages.findIndex((page) => page.slug === slug);
  return at === -1 ? undefined : pages[at + 1];
}
