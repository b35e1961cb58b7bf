import type { EditorHandle, EditorMarker } from '../../editor/monaco-editor';
import { loadMonacoEditor, preloadMonacoEditor } from '../../editor/load-monaco';

/**
 * The code area of one playground. It starts as the static, build-time highlighted <pre> (so the
 * page needs no editor to be read or run) and becomes Monaco when the reader starts editing — or a
 * plain textarea where Monaco cannot be used (small touch screens) or fails to load.
 */
export interface CodeView {
  value(): string;
  /** Replaces the code; in an editor this is one undoable edit. */
  replace(code: string): void;
  setMarkers(markers: readonly EditorMarker[]): void;
  /** Turns the static code into an editor; resolves once it has focus (unless `focus` is false). */
  edit(options?: { focus: boolean }): Promise<void>;
  /** Starts downloading the editor, when the reader looks about to edit (hovers or focuses the code). */
  prefetch(): void;
  readonly editing: boolean;
}

interface CodeViewOptions {
  host: HTMLElement;
  modelId: string;
  language: 'typescript' | 'python';
  original: string;
  initial: string;
  /** Fill the host's height (the standalone page) instead of growing with the code. */
  fill: boolean;
  ariaLabel: string;
  /** The textarea's label: the editor's mentions Monaco's keys, which the textarea does not have. */
  plainAriaLabel: string;
  onChange(code: string): void;
  onRun(): void;
  onEditorFailed(): void;
}

/** Touch-first or very narrow screens get a textarea: Monaco is not usable there. */
const preferPlainEditor = (): boolean =>
  window.matchMedia('(pointer: coarse)').matches || window.matchMedia('(max-width: 640px)').matches;

/** Monaco and its CSS (~3 MB), evaluated once, on the first Edit (a hover only preloads it). */
let editorModule: Promise<typeof import('../../editor/monaco-editor')> | undefined;
const loadEditor = () => (editorModule ??= loadMonacoEditor());

export function createCodeView(options: CodeViewOptions): CodeView {
  const { host } = options;
  const highlighted = host.querySelector('pre');
  const pristine = highlighted?.cloneNode(true) as HTMLElement | undefined;
  let code = options.initial;
  let editor: EditorHandle | undefined;
  let textarea: HTMLTextAreaElement | undefined;
  let upgrading: Promise<void> | undefined;

  /** Shows `code` in the static <pre>: highlighted when it is the original, plain text otherwise. */
  function renderStatic(): void {
    const pre = host.querySelector('pre');
    if (!pre || !pristine) return;
    if (code === options.original) {
      pre.replaceWith(pristine.cloneNode(true));
    } else {
      const plain = pristine.cloneNode(false) as HTMLElement;
      plain.textContent = code;
      pre.replaceWith(plain);
    }
  }

  function useTextarea(): void {
    textarea = document.createElement('textarea');
    textarea.className = 'pg-textarea';
    textarea.value = code;
    textarea.spellcheck = false;
    textarea.setAttribute('autocapitalize', 'off');
    textarea.setAttribute('aria-label', options.plainAriaLabel);
    textarea.rows = Math.min(Math.max(code.split('\n').length + 1, 4), 30);
    textarea.addEventListener('input', () => {
      code = textarea?.value ?? code;
      options.onChange(code);
    });
    host.replaceChildren(textarea);
  }

  async function upgrade(): Promise<void> {
    if (preferPlainEditor()) {
      useTextarea();
      return;
    }
    try {
      const { createEditor } = await loadEditor();
      const mount = document.createElement('div');
      mount.className = 'pg-monaco';
      host.replaceChildren(mount);
      editor = createEditor(mount, {
        modelId: options.modelId,
        language: options.language,
        code,
        fill: options.fill,
        ariaLabel: options.ariaLabel,
        dark: document.documentElement.dataset['theme'] === 'dark',
        onChange(next) {
          code = next;
          options.onChange(next);
        },
        onRun: options.onRun,
      });
    } catch {
      options.onEditorFailed();
      useTextarea();
    }
  }

  if (code !== options.original) renderStatic();

  return {
    value: () => code,
    replace(next) {
      code = next;
      if (editor) editor.setValue(next);
      else if (textarea) textarea.value = next;
      else renderStatic();
    },
    setMarkers(markers) {
      editor?.setMarkers(markers);
    },
    async edit({ focus } = { focus: true }) {
      upgrading ??= upgrade();
      await upgrading;
      if (!focus) return;
      if (editor) editor.focus();
      else textarea?.focus();
    },
    prefetch() {
      if (upgrading || preferPlainEditor()) return;
      // Download only: evaluating Monaco freezes the page for a second or more, which is the Edit
      // click's to spend. A failed download is retried by edit(), which then falls back to the textarea.
      void preloadMonacoEditor();
    },
    get editing() {
      return upgrading !== undefined;
    },
  };
}
