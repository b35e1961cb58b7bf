// Hovering a playground's code should download the editor, not run it: importing Monaco evaluates
// ~3 MB of JavaScript on the main thread (1.5 s of frozen page on a busy two-core machine, and far
// more on a phone-class CPU), which belongs to the click on Edit, not to a pointer passing by. A
// <link rel="modulepreload"> fetches and compiles a module without evaluating it, but it needs the
// file names of the editor's chunks, which only exist once the bundle is written. This plugin lists
// them, for each of the two ways into Monaco, in one small JSON file that the page reads on intent
// (src/editor/load-monaco.ts). Its name carries no hash, so it is always that build's list.

export const MONACO_PRELOAD_FILE = '_astro/monaco-preload.json';

const ENTRIES = { editor: /\/src\/editor\/monaco-editor\.ts$/, diff: /\/src\/editor\/monaco-diff\.ts$/ };

/** @returns {import('vite').Plugin} */
export function monacoPreload() {
  return {
    name: 'async-lab:monaco-preload',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      /** @type {Record<string, string[]>} */
      const lists = {};
      for (const [name, pattern] of Object.entries(ENTRIES)) {
        const entry = chunks.find((chunk) => chunk.facadeModuleId && pattern.test(chunk.facadeModuleId));
        if (!entry) continue;
        // The entry and everything it imports statically: what import() would evaluate.
        const files = new Set();
        const visit = (/** @type {string} */ fileName) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const next of byName.get(fileName)?.imports ?? []) visit(next);
        };
        visit(entry.fileName);
        lists[name] = [...files];
      }
      // The server (prerender) build has no client chunks: only the client build writes the list.
      if (Object.keys(lists).length === 0) return;
      this.emitFile({ type: 'asset', fileName: MONACO_PRELOAD_FILE, source: JSON.stringify(lists) });
    },
  };
}
