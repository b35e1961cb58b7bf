// Monaco, loaded only through a dynamic import when a reader starts editing (it is megabytes; a
// lesson must be readable long before). Only the editor API, the TypeScript language (Python's
// highlighting, which needs no worker) and the
// features we use are imported, from the 0.56+ entry points.
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/parameterHints/register';
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/typescript/register';
import * as ts from 'monaco-editor/languages/features/typescript/register';
// The TypeScript language loads this module itself on first use, and through Monaco's worker helper
// it registers every editor contribution with the services they need. Registered after the first
// editor exists, those services are unknown to Monaco's one service collection, and the next editor
// or diff view throws "[createInstance] … depends on UNKNOWN service" (ICodeLensCache, …). Loaded
// here, every registration comes before the first editor, whichever of the two views opens first.
import 'monaco-editor/languages/features/typescript/tsMode';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';
import runtimeTypes from '../engine/runtime/async-lab.d.ts?raw';
import { editorCompilerOptions, RUNTIME_TYPES_FILE } from './compiler-options';
import { defineThemes, editorTheme } from './monaco-themes';

/** 1-based positions, as the bundler reports them. */
export interface EditorMarker {
  line: number;
  column: number;
  endColumn: number;
  message: string;
}

export interface EditorHandle {
  getValue(): string;
  /** Replaces the code as one undoable edit (Ctrl+Z brings the old code back). */
  setValue(code: string): void;
  setMarkers(markers: readonly EditorMarker[]): void;
  focus(): void;
  dispose(): void;
}

export interface EditorOptions {
  /** Unique per page: the model's file name, so several playgrounds share Monaco with one model each. */
  modelId: string;
  code: string;
  /** The playground's language: TypeScript gets its language service, Python highlighting only. */
  language: 'typescript' | 'python';
  /** Fill the container (a full-height page) instead of growing with the code. */
  fill: boolean;
  ariaLabel: string;
  dark: boolean;
  onChange(code: string): void;
  onRun(): void;
}

let configured = false;

/** Runs once per page, however many playgrounds there are (the diff view shares it). */
export function configure(): void {
  if (configured) return;
  configured = true;
  defineThemes(monaco);
  self.MonacoEnvironment = {
    getWorker: (_id: string, label: string) =>
      label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker(),
  };
  ts.typescriptDefaults.setCompilerOptions(editorCompilerOptions(ts));
  // Type errors show as squiggles but never block a run, as in the TypeScript Playground.
  ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  ts.typescriptDefaults.addExtraLib(runtimeTypes, RUNTIME_TYPES_FILE);
}

export function createEditor(container: HTMLElement, options: EditorOptions): EditorHandle {
  configure();
  const file = options.language === 'python' ? 'main.py' : 'main.ts';
  const uri = monaco.Uri.parse(`file:///${options.modelId}/${file}`);
  const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(options.code, options.language, uri);
  model.setValue(options.code);
  const editor = monaco.editor.create(container, {
    model,
    theme: editorTheme(options.dark),
    ariaLabel: options.ariaLabel,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    lineNumbersMinChars: 3,
    tabSize: options.language === 'python' ? 4 : 2,
    renderLineHighlight: 'none',
    scrollbar: { alwaysConsumeMouseWheel: false },
    fixedOverflowWidgets: true,
  });
  // Grow with the code instead of scrolling inside a scrolling page.
  const fit = (): void => {
    container.style.height = `${Math.min(Math.max(editor.getContentHeight(), 80), 640)}px`;
  };
  if (options.fill) container.style.height = '100%';
  else {
    editor.onDidContentSizeChange(fit);
    fit();
  }
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());
  model.onDidChangeContent(() => options.onChange(model.getValue()));

  const themeObserver = new MutationObserver(() => {
    monaco.editor.setTheme(editorTheme(document.documentElement.dataset['theme'] === 'dark'));
  });
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  return {
    getValue: () => model.getValue(),
    setValue(code) {
      editor.pushUndoStop();
      editor.executeEdits('reset', [{ range: model.getFullModelRange(), text: code }]);
      editor.pushUndoStop();
    },
    setMarkers(markers) {
      monaco.editor.setModelMarkers(
        model,
        'esbuild',
        markers.map((m) => ({
          severity: monaco.MarkerSeverity.Error,
          message: m.message,
          // Named in the hover, beside Monaco's own TypeScript diagnostics for the same line.
          source: 'esbuild',
          startLineNumber: m.line,
          startColumn: m.column,
          endLineNumber: m.line,
          endColumn: m.endColumn,
        })),
      );
    },
    focus: () => editor.focus(),
    dispose() {
      themeObserver.disconnect();
      editor.dispose();
      model.dispose();
    },
  };
}
