import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { typescript } from 'monaco-editor/languages/features/typescript/lib/typescriptServices';
import { TypeScriptWorker } from 'monaco-editor/languages/features/typescript/tsWorker';
import { localizedCode } from '../course/localized-code';
import { editorCompilerOptions, RUNTIME_TYPES_FILE } from './compiler-options';

/**
 * The editor must never call the course's own code broken. This runs Monaco's own TypeScript worker
 * (its TypeScript version, its lib files, its language-service host) with the editor's settings over
 * every example, exercise starter and solution, in both locales, and finds what the editor would
 * underline: the same diagnostics Monaco asks for (syntactic, semantic, suggestions), errors and
 * warnings both. e2e/editor-markers.spec.ts proves in Chromium that the page's editor agrees.
 */
const PROBE = "const probe: number = 'not a number';";

const worker = new Map<string, string>();
const ts = new TypeScriptWorker(
  {
    getMirrorModels: () =>
      [...worker].map(([path, text]) => ({
        uri: { path, toString: () => `file://${path}` },
        version: 1,
        getValue: () => text,
      })),
  },
  {
    compilerOptions: editorCompilerOptions(typescript),
    extraLibs: {
      [RUNTIME_TYPES_FILE]: { content: readFileSync('src/engine/runtime/async-lab.d.ts', 'utf8'), version: 1 },
    },
  },
);

let opened = 0;
/** What the editor would mark in `code`, as "line: message" (1-based lines), errors and warnings only. */
async function marks(code: string): Promise<string[]> {
  // A new file name per call: the worker's program is rebuilt from scratch for each check.
  const path = `/check-${(opened += 1)}/main.ts`;
  worker.clear();
  worker.set(path, code);
  const file = `file://${path}`;
  const all = [
    ...(await ts.getSyntacticDiagnostics(file)),
    ...(await ts.getSemanticDiagnostics(file)),
    ...(await ts.getSuggestionDiagnostics(file)),
  ];
  return all
    .filter(
      (d) => d.category === typescript.DiagnosticCategory.Error || d.category === typescript.DiagnosticCategory.Warning,
    )
    .map((d) => {
      const line = code.slice(0, d.start ?? 0).split('\n').length;
      return `${line}: ${typescript.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
}

const shown = [
  ...readdirSync('content/examples', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `content/examples/${file}`),
  ...readdirSync('content/exercises/code').flatMap((slug) =>
    ['starter', 'solution'].map((name) => `content/exercises/code/${slug}/${name}.ts`),
  ),
].sort();

describe("Monaco's TypeScript, as the editor is set up", () => {
  it('knows a worker’s globals and the async-lab module, and flags a type error', async () => {
    const code = [
      "import { sleep } from 'async-lab';",
      'await sleep(10);',
      "const response = await fetch('https://httpbin.org/get');",
      'setTimeout(() => console.log(response.status), 0);',
      PROBE,
    ].join('\n');
    expect(await marks(code)).toEqual(["5: Type 'string' is not assignable to type 'number'."]);
  });

  it('has no DOM: a worker has no document', async () => {
    expect(await marks('document.title = "x";')).toEqual([expect.stringMatching(/^1: Cannot find name 'document'/)]);
  });

  it('finds a syntax error', async () => {
    expect(await marks('const x = ;')).toEqual(['1: Expression expected.']);
  });
});

describe('every example, starter and solution opens with no error marker', () => {
  it.each(shown.flatMap((path) => [[path, 'en'] as const, [path, 'zh-cn'] as const]))(
    '%s (%s)',
    async (path, locale) => {
      const code = localizedCode(`/${path}`, readFileSync(path, 'utf8'), locale);
      // The probe shows the diagnostics ran over the whole file, as the e2e test's probe does.
      const lines = code.split('\n').length;
      expect(await marks(`${code}\n${PROBE}`)).toEqual([
        `${lines + 1}: Type 'string' is not assignable to type 'number'.`,
      ]);
    },
  );
});
