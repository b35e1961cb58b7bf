/**
 * The editor's TypeScript settings, in one place for the two that need them: Monaco in the page
 * (monaco-editor.ts) and the Node test that runs Monaco's own TypeScript worker over every example of
 * the course (editor-diagnostics.test.ts). The enums come from whichever TypeScript the caller has,
 * so the values are that compiler's own.
 */
interface TsEnums {
  ScriptTarget: { ESNext: number };
  ModuleKind: { ESNext: number };
  ModuleResolutionKind: { NodeJs: number };
}

export function editorCompilerOptions<T extends TsEnums>(ts: T) {
  return {
    target: ts.ScriptTarget.ESNext as T['ScriptTarget']['ESNext'],
    module: ts.ModuleKind.ESNext as T['ModuleKind']['ESNext'],
    moduleResolution: ts.ModuleResolutionKind.NodeJs as T['ModuleResolutionKind']['NodeJs'],
    // Top-level await in every file, as in the sandbox (it wraps code in an async function).
    moduleDetection: 3,
    // Learner code runs in a worker (src/engine/runner), so its globals are a worker's. These are
    // lib *file* names: only tsconfig's parser turns 'esnext' into 'lib.esnext.d.ts'. Given the short
    // names, the language service loads the first one alone, and `console` is "not found".
    lib: ['lib.esnext.d.ts', 'lib.webworker.d.ts', 'lib.webworker.iterable.d.ts', 'lib.webworker.asynciterable.d.ts'],
    strict: true,
    noEmit: true,
    allowNonTsExtensions: true,
  };
}

/** Where the editor finds the types of `import … from 'async-lab'`. */
export const RUNTIME_TYPES_FILE = 'file:///node_modules/async-lab/index.d.ts';
