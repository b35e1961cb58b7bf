/** Source files of one playground, keyed by file name ("main.ts", "helpers.ts"). */
export type SourceFiles = Readonly<Record<string, string>>;

/** A build problem, with 1-based line and column as an editor shows them. */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  /** Where the problem's range ends on the same line, when known (1-based, exclusive). */
  endColumn: number;
  message: string;
  /** The source line, for the console message. */
  lineText: string;
  /** 'import' when a module could not be resolved (our plugin says so), 'syntax' for what esbuild parses. */
  kind: 'syntax' | 'import';
}

export type BundleResult =
  | {
      ok: true;
      /** One classic script body (no import/export, may use top-level await), with an inline source map. */
      code: string;
      /** Milliseconds esbuild took, for the benchmark. */
      buildMs: number;
    }
  | { ok: false; diagnostics: Diagnostic[]; buildMs: number };

/** The module name learner code imports the lesson runtime from. */
export const RUNTIME_MODULE = 'async-lab';
/** The names it exports (src/engine/runtime/lab.ts installs them on `self.__asyncLab.lab`). */
export const RUNTIME_EXPORTS: readonly string[] = ['sleep', 'blockFor', 'toThread', 'span'];

/** "main.ts:3:7: Expected ";" but found "x"" — the form the console shows. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.message}`;
}

/**
 * The files as one string, the same whatever order they were listed in: a bundle is a pure function
 * of it. The page keys its recent bundles by it, and the build names a prebuilt bundle by its hash.
 */
export function bundleKey(files: SourceFiles): string {
  return JSON.stringify(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Whether `files` may take the quick path (quick-bundle.ts), which then decides on their content:
 * TypeScript files, main.ts among them (and an exercise's checks.ts, and a learner's helpers).
 */
export function takesQuickPath(files: SourceFiles): boolean {
  const names = Object.keys(files);
  return names.includes('main.ts') && names.every((name) => name.endsWith('.ts'));
}
