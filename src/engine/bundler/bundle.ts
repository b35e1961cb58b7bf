import type { BuildFailure, Message, PluginBuild } from 'esbuild-wasm';
import type { BundleResult, Diagnostic, SourceFiles } from './bundle-types';
import { moduleSyntaxProblem } from './module-syntax';
import { ENTRY, virtualFsPlugin } from './virtual-fs';

/** The part of esbuild's API we use, so tests can pass esbuild's Node build and the worker the browser one. */
export interface Esbuild {
  build: PluginBuild['esbuild']['build'];
}

/**
 * Bundles a playground's files into one script body.
 *
 * `build`, not `transform`: only build resolves imports between files, and the runtime module.
 * Format esm because esbuild refuses top-level await in iife; the entry only imports main.ts, so
 * the esm output has no import or export left and can be wrapped in an async function by the
 * worker. The source map is inline so the script carries it wherever it goes.
 */
export async function bundleFiles(esbuild: Esbuild, files: SourceFiles, now: () => number): Promise<BundleResult> {
  const started = now();
  try {
    const result = await esbuild.build({
      entryPoints: [ENTRY],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      sourcemap: 'inline',
      sourcesContent: true,
      logLevel: 'silent',
      plugins: [virtualFsPlugin(files)],
    });
    const output = result.outputFiles?.[0];
    if (!output) return { ok: false, diagnostics: [internal('esbuild produced no output')], buildMs: now() - started };
    // What esbuild accepts but a module script would refuse (module-syntax.ts).
    const problem = moduleSyntaxProblem(output.text);
    if (problem) return { ok: false, diagnostics: [problem], buildMs: now() - started };
    return { ok: true, code: output.text, buildMs: now() - started };
  } catch (error) {
    const messages = (error as Partial<BuildFailure>).errors;
    const diagnostics =
      Array.isArray(messages) && messages.length > 0 ? messages.map(toDiagnostic) : [internal(String(error))];
    return { ok: false, diagnostics, buildMs: now() - started };
  }
}

function toDiagnostic(message: Message): Diagnostic {
  const where = message.location;
  if (!where) return internal(message.text);
  return {
    // Files live in the "vfs:" namespace; the learner knows them by their plain names.
    file: where.file.replace(/^vfs:/, ''),
    line: where.line,
    column: where.column + 1,
    endColumn: where.column + 1 + Math.max(1, where.length),
    message: message.text,
    lineText: where.lineText,
    kind: message.pluginName === '' ? 'syntax' : 'import',
  };
}

function internal(message: string): Diagnostic {
  return { file: 'main.ts', line: 1, column: 1, endColumn: 1, message, lineText: '', kind: 'syntax' };
}

// The page shows diagnostics with formatDiagnostic (bundle-types.ts), which keeps esbuild's and
// acorn's code out of the page: this module runs in the compiler worker only.
export { formatDiagnostic } from './bundle-types';
