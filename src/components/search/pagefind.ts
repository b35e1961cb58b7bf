/**
 * The slice of Pagefind's browser API (pagefind/pagefind.js, written by the build) that search uses.
 * Typed here because the module only exists in the built site, never in the source tree.
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
}

interface PagefindResults {
  results: { id: string; data(): Promise<PagefindResultData> }[];
}

interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<PagefindResults>;
  debouncedSearch(query: string, options?: object, debounceMs?: number): Promise<PagefindResults | null>;
}

/** One page that matched, with the headings inside it that matched. */
export interface SearchHit {
  title: string;
  url: string;
  excerpt: string;
  headings: PagefindSubResult[];
}

export interface SearchIndex {
  /** Resolves with the first hits and how many pages matched, or null when a newer query replaced this one. */
  search(query: string): Promise<{ hits: SearchHit[]; total: number } | null>;
}

const MAX_PAGES = 8;
/** Pages whose data is read to rank by title: a whole locale is a few dozen pages at most. */
const MAX_LOADED = 24;
const MAX_HEADINGS = 3;
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/** Pages whose title contains the query come first; otherwise Pagefind's order is kept. */
export function titleFirst(query: string, hits: readonly SearchHit[]): SearchHit[] {
  const needle = query.toLowerCase();
  const inTitle = (hit: SearchHit): number => (hit.title.toLowerCase().includes(needle) ? 0 : 1);
  return [...hits].sort((a, b) => inTitle(a) - inTitle(b));
}

/**
 * Turns Pagefind's data into what the dialog shows. The first sub-result is usually the page's top
 * (no anchor), which the page link already covers, so only real heading anchors are kept.
 */
export function toHit(data: PagefindResultData): SearchHit {
  const headings = (data.sub_results ?? [])
    .filter((sub) => sub.url.includes('#') && sub.url !== data.url)
    .slice(0, MAX_HEADINGS);
  return { title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt, headings };
}

/**
 * Loads the index for the site under `base`. Pagefind picks the index for the page's <html lang>,
 * so a zh-CN page searches the Chinese lessons and an English page the English ones.
 * `load` is the dynamic import, passed in so the dialog can be tested without a built site.
 */
export async function openIndex(base: string, load: (url: string) => Promise<unknown>): Promise<SearchIndex> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const api = (await load(`${root}pagefind/pagefind.js`)) as PagefindApi;
  // Result URLs are site-relative; baseUrl makes them work under BASE_PATH.
  await api.options({ baseUrl: root, excerptLength: 24 });
  await api.init();
  return {
    async search(query) {
      const found = await api.debouncedSearch(query, {}, 150);
      if (!found) return null;
      let results = found.results;
      // Pagefind splits a Chinese query into the words the browser's segmenter knows, and for terms
      // it does not know, into characters: 协程 becomes 协 + 程 and matches every 线程. The quoted
      // phrase keeps only pages with the characters in a row; Pagefind's ranking order is kept.
      if (CJK.test(query) && !query.includes('"')) {
        const phrase = new Map((await api.search(`"${query}"`)).results.map((result) => [result.id, result]));
        // The phrase search's own results, whose excerpts show the phrase, in the ranked order.
        const kept = results.flatMap((result) => phrase.get(result.id) ?? []);
        if (kept.length > 0) results = kept;
      }
      const data = await Promise.all(results.slice(0, MAX_LOADED).map((result) => result.data()));
      return { hits: titleFirst(query, data.map(toHit)).slice(0, MAX_PAGES), total: results.length };
    },
  };
}
