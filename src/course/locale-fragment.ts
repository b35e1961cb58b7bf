/**
 * Keeping a page's fragment when the reader switches language. Assignment, submission and share
 * links carry their content in the fragment (#a=…, #s=…, #code/…), so it goes along unchanged; a
 * lesson heading's id differs between the locales, so it is translated through the two pages'
 * headings, paired in order.
 */

interface Heading {
  depth: number;
  slug: string;
}

/** Fragments that hold a link's content rather than name a place on the page. */
const CONTENT_FRAGMENT = /^#(a=|s=|code\/)/;

/**
 * Pairs the headings of one lesson in two locales by position: the translations keep the same
 * structure. Returns nothing when the structures differ, so a mismatch never sends a reader to the
 * wrong section.
 */
export function pairHeadings(from: readonly Heading[], to: readonly Heading[]): Record<string, string> {
  if (from.length !== to.length || from.some((h, i) => h.depth !== to[i]?.depth)) return {};
  return Object.fromEntries(from.map((h, i) => [h.slug, to[i]?.slug ?? '']));
}

/**
 * The fragment to put on the other locale's link, given this page's `hash` (as in location.hash)
 * and its headings paired with the other page's; '' when there is none to keep.
 */
export function fragmentForOtherLocale(hash: string, headings: Readonly<Record<string, string>>): string {
  if (CONTENT_FRAGMENT.test(hash)) return hash;
  if (hash.length < 2) return '';
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
  const other = headings[id];
  return other ? `#${other}` : '';
}
