import type * as Monaco from 'monaco-editor/editor';

const LIGHT = 'async-lab-light';
const DARK = 'async-lab-dark';

/**
 * Monaco's vs and vs-dark themes with the colours that fail WCAG AA contrast (4.5:1, measured with
 * axe) replaced: the dimmed last line number (1.8:1 in both), vs-dark comments (#608b4e, 4.2:1) and
 * the word highlight, whose grey fill drops keywords under it to 3.2:1 — it becomes an outline.
 */
export function defineThemes(monaco: typeof Monaco): void {
  const wordHighlight = (border: string) => ({
    'editor.wordHighlightBackground': '#00000000',
    'editor.wordHighlightStrongBackground': '#00000000',
    'editor.wordHighlightBorder': border,
    'editor.wordHighlightStrongBorder': border,
  });
  monaco.editor.defineTheme(LIGHT, {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editorLineNumber.dimmedForeground': '#237893', ...wordHighlight('#8c8c8c') },
  });
  monaco.editor.defineTheme(DARK, {
    base: 'vs-dark',
    inherit: true,
    rules: [{ token: 'comment', foreground: '6a9955' }],
    colors: { 'editorLineNumber.dimmedForeground': '#858585', ...wordHighlight('#8c8c8c') },
  });
}

/** The theme for the site's current light or dark mode. */
export const editorTheme = (dark: boolean): string => (dark ? DARK : LIGHT);
