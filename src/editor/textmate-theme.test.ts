import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import { describe, expect, it } from 'vitest';
import { foregroundOf, monacoThemeFrom } from './textmate-theme';

describe('foregroundOf', () => {
  const theme = {
    tokenColors: [
      { scope: 'string', settings: { foreground: '#111111' } },
      { scope: ['constant', 'entity'], settings: { foreground: '#222222' } },
      { scope: 'constant.numeric', settings: { foreground: '#333333' } },
      { scope: 'string variable', settings: { foreground: '#444444' } },
      { scope: 'string', settings: { fontStyle: 'italic' } },
    ],
  };

  it('takes the rule for the scope or its nearest parent', () => {
    expect(foregroundOf(theme, 'string.quoted.single')).toBe('#111111');
    expect(foregroundOf(theme, 'constant.numeric.decimal')).toBe('#333333');
    expect(foregroundOf(theme, 'constant.language')).toBe('#222222');
  });

  it('does not take a sibling whose name only starts the same', () => {
    expect(foregroundOf(theme, 'stringy')).toBeUndefined();
  });

  it('skips descendant selectors and rules without a foreground', () => {
    expect(foregroundOf(theme, 'variable')).toBeUndefined();
    expect(foregroundOf(theme, 'string')).toBe('#111111');
  });
});

describe('monacoThemeFrom the themes of the static code', () => {
  it('gives keywords, strings and comments the colours Shiki gives them', () => {
    const light = monacoThemeFrom(githubLight, 'vs', {});
    const colour = (token: string) => light.rules.find((rule) => rule.token === token)?.foreground;
    expect(colour('keyword')).toBe('cf222e');
    expect(colour('string')).toBe('0a3069');
    expect(colour('comment')).toBe('6e7781');
    expect(colour('number')).toBe('0550ae');
    expect(colour('')).toBe('1f2328');
    expect(light.colors['editor.background']).toBe('#ffffff');
  });

  it('lets the site override a colour, and keeps the base theme for the rest', () => {
    const dark = monacoThemeFrom(githubDark, 'vs-dark', { 'editor.background': '#000000' });
    expect(dark.base).toBe('vs-dark');
    expect(dark.inherit).toBe(true);
    expect(dark.colors['editor.background']).toBe('#000000');
    expect(dark.rules.find((rule) => rule.token === 'keyword')?.foreground).toBe('ff7b72');
  });
});
