import type * as Monaco from 'monaco-editor/editor';

/** The parts of a VS Code / Shiki (TextMate) colour theme that Monaco can use. */
export interface TextMateTheme {
  colors?: Record<string, string>;
  tokenColors?: readonly { scope?: string | readonly string[]; settings: { foreground?: string } }[];
}

/**
 * Monaco's TypeScript tokenizer (Monarch) names tokens differently from the TextMate grammar Shiki
 * uses at build time. Each Monarch token takes the colour its TextMate counterpart has in the theme.
 */
const SCOPE_OF_TOKEN: Readonly<Record<string, string>> = {
  keyword: 'keyword',
  string: 'string',
  'string.escape': 'constant.character.escape',
  comment: 'comment',
  'comment.doc': 'comment.block.documentation',
  number: 'constant.numeric',
  regexp: 'string.regexp',
  'type.identifier': 'entity.name.type',
};

/**
 * The theme's foreground for `scope`, as TextMate picks it: among the rules whose selector is the
 * scope or a parent of it ("string" covers "string.quoted"), the most specific; on a tie, the later.
 * Descendant selectors ("string variable") need the scopes around a token, which Monarch does not
 * have, so they are skipped.
 */
export function foregroundOf(theme: TextMateTheme, scope: string): string | undefined {
  let best: { length: number; colour: string } | undefined;
  for (const rule of theme.tokenColors ?? []) {
    const colour = rule.settings.foreground;
    if (!colour || rule.scope === undefined) continue;
    for (const selector of typeof rule.scope === 'string' ? [rule.scope] : rule.scope) {
      const matches = selector === scope || scope.startsWith(`${selector}.`);
      if (matches && !selector.includes(' ') && selector.length >= (best?.length ?? 0)) {
        best = { length: selector.length, colour };
      }
    }
  }
  return best?.colour;
}

/** Monaco wants colours without the leading '#'. */
const bare = (colour: string): string => colour.replace(/^#/, '');

/**
 * A Monaco theme that colours TypeScript as `theme` does in Shiki: the same background, foreground
 * and token colours, so the editor looks like the static code it replaces. `extraColors` are the
 * site's own overrides (accessibility), applied last.
 */
export function monacoThemeFrom(
  theme: TextMateTheme,
  base: Monaco.editor.BuiltinTheme,
  extraColors: Record<string, string>,
): Monaco.editor.IStandaloneThemeData {
  const foreground = theme.colors?.['editor.foreground'];
  const background = theme.colors?.['editor.background'];
  const rules: Monaco.editor.ITokenThemeRule[] = foreground ? [{ token: '', foreground: bare(foreground) }] : [];
  for (const [token, scope] of Object.entries(SCOPE_OF_TOKEN)) {
    const colour = foregroundOf(theme, scope);
    if (colour) rules.push({ token, foreground: bare(colour) });
  }
  return {
    base,
    inherit: true,
    rules,
    colors: {
      ...(foreground ? { 'editor.foreground': foreground } : {}),
      ...(background ? { 'editor.background': background } : {}),
      ...extraColors,
    },
  };
}
