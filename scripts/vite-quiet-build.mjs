// @ts-check
// Two warnings every build printed that say nothing is wrong, silenced where they arise so a real
// warning stands out (issue 17 §4):
// - MODULE_LEVEL_DIRECTIVE, once per MDX file: Astro's MDX modules start with its own
//   "use astro:head-inject" marker, which Astro reads before bundling; rolldown only notes that
//   it will not keep it. Other directives still warn.
// - "Some chunks are larger than 500 kB": Monaco, its TypeScript worker and Pyodide are big and
//   loaded only when the reader edits or runs Python (the bench holds the page's own JS to its
//   budget). Vite's reporter cannot exempt chunks by name, so its check is off and this plugin
//   repeats it for every chunk that is not one of those.

/** Vite's default limit, in bytes of minified code. */
export const CHUNK_WARNING_BYTES = 500_000;
/** Chunks that are large on purpose, each behind a dynamic import or a worker. */
export const LAZY_BY_DESIGN = /^(editor\.api|monaco-editor|ts\.worker|tsMode|typescript|pyodide-asm)\b/;

/**
 * For `build.rolldownOptions.onwarn`.
 * @param {{ code?: string, message: string }} warning
 * @param {(warning: any) => void} warn the default handler
 */
export function quietOnwarn(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}

/** @returns {import('vite').Plugin} */
export function chunkSizeWarning() {
  return {
    name: 'async-lab:chunk-size-warning',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || chunk.code.length <= CHUNK_WARNING_BYTES) continue;
        const name = chunk.fileName.split('/').pop() ?? chunk.fileName;
        if (LAZY_BY_DESIGN.test(name)) continue;
        this.warn(
          `${chunk.fileName} is ${(chunk.code.length / 1e3).toFixed(0)} kB minified; if it is loaded only on demand, ` +
            'add it to LAZY_BY_DESIGN in scripts/vite-quiet-build.mjs, else split it',
        );
      }
    },
  };
}
