// Monaco's side-by-side diff, for an exercise's "Show solution" (the learner's code on the left, the
// reference solution on the right) and a submission's view (the starter on the left, the student's
// code on the right), both sides read-only. Reached only through a dynamic import, like the
// editor itself, and it shares the editor's one-time setup (workers, TypeScript options).
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/diffEditor/register';
// The diff view folds unchanged regions by their symbols, through the outline model service.
import 'monaco-editor/features/documentSymbols/register';
import { configure } from './monaco-editor';
import { editorTheme } from './monaco-themes';

export interface DiffOptions {
  /** Unique per page, so the diff's models never collide with an editor's. */
  id: string;
  /** The left side. */
  learner: string;
  /** The right side. */
  solution: string;
  /** How both sides are highlighted; TypeScript unless said. */
  language?: 'typescript' | 'python';
  dark: boolean;
  ariaLabel: string;
  /** What a screen reader calls each side; without them Monaco leaves both text boxes unnamed. */
  sideLabels?: [left: string, right: string];
}

export interface DiffHandle {
  /** Shows the learner's current code on the left. */
  setLearner(code: string): void;
  dispose(): void;
}

export function createDiff(container: HTMLElement, options: DiffOptions): DiffHandle {
  configure();
  const model = (side: string, code: string): monaco.editor.ITextModel => {
    const language = options.language ?? 'typescript';
    const uri = monaco.Uri.parse(`file:///diff-${options.id}/${side}.${language === 'python' ? 'py' : 'ts'}`);
    const existing = monaco.editor.getModel(uri);
    if (existing) {
      existing.setValue(code);
      return existing;
    }
    return monaco.editor.createModel(code, language, uri);
  };
  const original = model('yours', options.learner);
  const modified = model('solution', options.solution);
  const diff = monaco.editor.createDiffEditor(container, {
    theme: editorTheme(options.dark),
    ariaLabel: options.ariaLabel,
    readOnly: true,
    originalEditable: false,
    renderSideBySide: true,
    // Below this width the two sides would be unreadable; Monaco then shows one column with both.
    renderSideBySideInlineBreakpoint: 560,
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 13,
    lineNumbersMinChars: 3,
    renderOverviewRuler: false,
    scrollbar: { alwaysConsumeMouseWheel: false },
    // Each side of a 700 px column is ~350 px and solution lines run to ~930 px: wrapped, every line
    // reads in full without scrolling two panes sideways.
    wordWrap: 'on',
    diffWordWrap: 'on',
  });
  diff.setModel({ original, modified });
  // Set on each side's own editor: the diff's originalAriaLabel/modifiedAriaLabel did not reach the
  // text boxes here (both stayed aria-label="").
  if (options.sideLabels) {
    diff.getOriginalEditor().updateOptions({ ariaLabel: options.sideLabels[0] });
    diff.getModifiedEditor().updateOptions({ ariaLabel: options.sideLabels[1] });
  }
  // Tall enough for the wrapped lines of the longer side (up to a limit), so the page scrolls, not the diff.
  const sides = [diff.getOriginalEditor(), diff.getModifiedEditor()];
  const fit = (): void => {
    const content = Math.max(...sides.map((side) => side.getContentHeight()));
    container.style.height = `${Math.min(Math.max(content + 8, 120), 640)}px`;
  };
  fit();
  for (const side of sides) side.onDidContentSizeChange(fit);
  const themeObserver = new MutationObserver(() => {
    monaco.editor.setTheme(editorTheme(document.documentElement.dataset['theme'] === 'dark'));
  });
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  return {
    setLearner(code) {
      if (original.getValue() !== code) original.setValue(code);
    },
    dispose() {
      themeObserver.disconnect();
      diff.dispose();
      original.dispose();
      modified.dispose();
    },
  };
}
