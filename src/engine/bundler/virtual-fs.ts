import type { Plugin } from 'esbuild-wasm';
import { RUNTIME_EXPORTS, RUNTIME_MODULE, type SourceFiles } from './bundle-types';
import { ANNOUNCE, ANNOUNCE_MODULE, CHECK_EXPORTS, CHECK_FUNCTIONS, CHECK_MODULE, CHECKS_FILE } from './check-module';

/** The entry esbuild starts from: it only imports main.ts, so the output has no import or export. */
export const ENTRY = '<entry>';

/**
 * The runtime module as the bundle sees it: a view of what the worker runtime installed on `self`
 * before the learner's code runs (src/engine/runtime/worker-main.ts).
 */
const RUNTIME_SHIM = `export const { ${RUNTIME_EXPORTS.join(', ')} } = self.__asyncLab.lab;`;

/** The checks' module as esbuild sees it: the functions check-module.ts declares, exported. */
const CHECK_SHIM = `${CHECK_FUNCTIONS}\nexport { ${CHECK_EXPORTS.join(', ')} };`;

/**
 * The entry. A plain run only imports main.ts. An exercise imports the checks first (they register),
 * then announces them (so a hang or a crash in main.ts can still fail each one by name), then runs
 * main.ts, then the checks — all from the top level, so the run is Done only after them.
 */
function entrySource(files: SourceFiles): string {
  if (!Object.hasOwn(files, CHECKS_FILE)) return `import "./main.ts";`;
  return `import "./${CHECKS_FILE}";\nimport "${ANNOUNCE_MODULE}";\nimport * as learner from "./main.ts";\nawait self.__asyncLab.checks.run(learner);`;
}

/**
 * Appended to every learner file. A browser runs main.ts as a module, so each file is one: strict,
 * top-level `this` undefined. Without an import or export esbuild would take the file for a script
 * (and for CommonJS, with `this` bound to an exports object, as soon as it touches `this`). Appended
 * on a line of its own, it moves no line or column the learner wrote.
 */
const AS_MODULE = '\nexport {};';

type Resolution = { path: string } | { error: string };

/**
 * Resolves an import inside a playground: the runtime module, or one of the playground's own files
 * by relative path, with or without ".ts". Anything else is an error that says what is available,
 * because a learner who types `import _ from "lodash"` needs to know why it cannot work here.
 */
export function resolveImport(specifier: string, files: SourceFiles, importer = 'main.ts'): Resolution {
  if (specifier === RUNTIME_MODULE) return { path: RUNTIME_MODULE };
  if (importer === CHECKS_FILE || importer === ENTRY) {
    if (specifier === CHECK_MODULE || specifier === ANNOUNCE_MODULE) return { path: specifier };
    // Importing main.ts would run it before the checks register; checks reach it through ctx.exports.
    if (importer === CHECKS_FILE && /^\.\/main(\.ts)?$/.test(specifier)) {
      return { error: 'Checks cannot import main.ts; use the exports passed to each check (ctx.exports).' };
    }
  }
  const available = [
    RUNTIME_MODULE,
    ...Object.keys(files)
      .filter((f) => f !== 'main.ts' && f !== CHECKS_FILE)
      .map((f) => `./${f.replace(/\.ts$/, '')}`),
  ];
  if (specifier.startsWith('./')) {
    const name = specifier.slice(2);
    for (const candidate of [name, `${name}.ts`]) {
      if (Object.hasOwn(files, candidate)) return { path: candidate };
    }
  }
  return {
    error: `Cannot import "${specifier}": only ${available.map((a) => `"${a}"`).join(', ')} can be imported here (there is no npm in the sandbox).`,
  };
}

/** An esbuild plugin that serves the entry, the playground's files and the runtime from memory. */
export function virtualFsPlugin(files: SourceFiles): Plugin {
  return {
    name: 'async-lab-virtual-fs',
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point') return { path: ENTRY, namespace: 'vfs' };
        const resolved = resolveImport(args.path, files, args.importer);
        if ('error' in resolved) return { errors: [{ text: resolved.error }] };
        return { path: resolved.path, namespace: 'vfs' };
      });
      build.onLoad({ filter: /.*/, namespace: 'vfs' }, (args) => {
        if (args.path === ENTRY) return { contents: entrySource(files), loader: 'ts' };
        if (args.path === RUNTIME_MODULE) return { contents: RUNTIME_SHIM, loader: 'js' };
        if (args.path === CHECK_MODULE) return { contents: CHECK_SHIM, loader: 'js' };
        if (args.path === ANNOUNCE_MODULE) return { contents: ANNOUNCE, loader: 'js' };
        const contents = files[args.path];
        if (contents === undefined) return { errors: [{ text: `No file named ${args.path}` }] };
        return { contents: contents + AS_MODULE, loader: 'ts' };
      });
    },
  };
}
