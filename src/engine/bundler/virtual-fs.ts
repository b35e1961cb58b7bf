import type { Plugin } from 'esbuild-wasm';
import { RUNTIME_MODULE, type SourceFiles } from './bundle-types';

/** The entry esbuild starts from: it only imports main.ts, so the output has no import or export. */
export const ENTRY = '<entry>';

/**
 * The runtime module as the bundle sees it: a view of what the worker runtime installed on `self`
 * before the learner's code runs (src/engine/runtime/worker-main.ts).
 */
const RUNTIME_SHIM = `export const { sleep, blockFor, toThread, span } = self.__asyncLab.lab;`;

type Resolution = { path: string } | { error: string };

/**
 * Resolves an import inside a playground: the runtime module, or one of the playground's own files
 * by relative path, with or without ".ts". Anything else is an error that says what is available,
 * because a learner who types `import _ from "lodash"` needs to know why it cannot work here.
 */
export function resolveImport(specifier: string, files: SourceFiles): Resolution {
  if (specifier === RUNTIME_MODULE) return { path: RUNTIME_MODULE };
  const available = [RUNTIME_MODULE, ...Object.keys(files).filter((f) => f !== 'main.ts').map((f) => `./${f.replace(/\.ts$/, '')}`)];
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
        const resolved = resolveImport(args.path, files);
        if ('error' in resolved) return { errors: [{ text: resolved.error }] };
        return { path: resolved.path, namespace: 'vfs' };
      });
      build.onLoad({ filter: /.*/, namespace: 'vfs' }, (args) => {
        if (args.path === ENTRY) return { contents: `import "./main.ts";`, loader: 'ts' };
        if (args.path === RUNTIME_MODULE) return { contents: RUNTIME_SHIM, loader: 'js' };
        const contents = files[args.path];
        if (contents === undefined) return { errors: [{ text: `No file named ${args.path}` }] };
        return { contents, loader: 'ts' };
      });
    },
  };
}
