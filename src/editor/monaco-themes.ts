import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import type * as Monaco from 'monaco-editor/editor';
import { monacoThemeFrom } from './textmate-theme';

const LIGHT = 'async-lab-light';
const DARK = 'async-lab-dark';

/**
 * The editor uses the themes the static code is highlighted with at build time (astro.config.mjs
 * shikiConfig, PlaygroundShell.astro), so nothing changes colour when Monaco replaces that code.
 * On top of them, Monaco's own colours that fail WCAG AA contrast (4.5:1, measured with axe) are
 * replaced: the dimmed last line number (1.8:1) and the word highlight, whose grey fill drops keywords
 * under it to 3.2:1 — it becomes an outline.
 */
export function defineThemes(monaco: typeof Monaco): void {
  const wordHighlight = {
    'editor.wordHighlightBackground': '#00000000',
    'editor.wordHighlightStrongBackground': '#00000000',
    'editor.wordHighlightBorder': '#8c8c8c',
    'editor.wordHighlightStrongBorder': '#8c8c8c',
  };
  monaco.editor.defineTheme(
    LIGHT,
    monacoThemeFrom(githubLight, 'vs', { 'editorLineNumber.dimmedForeground': '#237893', ...wordHighlight }),
  );
  monaco.editor.defineTheme(
    DARK,
    monacoThemeFrom(githubDark, 'vs-dark', { 'editorLineNumber.dimmedForeground': '#858585', ...wordHighlight }),
  );
}

/** The theme for the site's current light or dark mode. */
export const editorTheme = (dark: boolean): string => (dark ? DARK : LIGHT);
