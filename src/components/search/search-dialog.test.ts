// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isSearchShortcut } from './search-dialog';

const key = (
  init: Partial<Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>>,
  target: EventTarget | null = document.body,
) => ({
  key: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...init,
});

describe('the search shortcut', () => {
  it('is / alone, or Ctrl/Cmd+K', () => {
    expect(isSearchShortcut(key({ key: '/' }))).toBe(true);
    expect(isSearchShortcut(key({ key: 'k', ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ key: 'K', metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key({ key: 'k' }))).toBe(false);
    expect(isSearchShortcut(key({ key: '/', ctrlKey: true }))).toBe(false);
  });

  it('leaves keys alone while the reader types in a field or the editor', () => {
    const textarea = document.createElement('textarea');
    const monaco = document.createElement('div');
    monaco.className = 'monaco-editor';
    const inner = monaco.appendChild(document.createElement('div'));
    for (const target of [document.createElement('input'), textarea, inner]) {
      expect(isSearchShortcut(key({ key: '/' }, target))).toBe(false);
      expect(isSearchShortcut(key({ key: 'k', ctrlKey: true }, target))).toBe(false);
    }
  });
});
