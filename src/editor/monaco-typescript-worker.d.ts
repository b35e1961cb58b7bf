// Types for the two modules of Monaco's TypeScript worker that editor-diagnostics.test.ts runs in
// Node. Monaco ships no declarations for them; only what the test calls is declared.
declare module 'monaco-editor/languages/features/typescript/lib/typescriptServices' {
  export const typescript: typeof import('typescript');
}

declare module 'monaco-editor/languages/features/typescript/tsWorker' {
  import type { Diagnostic } from 'typescript';

  interface MirrorModel {
    uri: { path: string; toString(skipEncoding?: boolean): string };
    version: number;
    getValue(): string;
  }

  export class TypeScriptWorker {
    constructor(
      ctx: { getMirrorModels(): MirrorModel[] },
      createData: {
        compilerOptions: Record<string, unknown>;
        extraLibs: Record<string, { content: string; version: number }>;
      },
    );
    getSyntacticDiagnostics(fileName: string): Promise<Diagnostic[]>;
    getSemanticDiagnostics(fileName: string): Promise<Diagnostic[]>;
    getSuggestionDiagnostics(fileName: string): Promise<Diagnostic[]>;
  }
}
