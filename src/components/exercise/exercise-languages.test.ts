// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { initialLanguage, withLanguage } from './exercise-languages';

describe('initialLanguage', () => {
  it('takes the URL’s lang first, then the remembered choice, then TypeScript', () => {
    expect(initialLanguage('?lang=python', 'typescript')).toBe('python');
    expect(initialLanguage('?lang=typescript', 'python')).toBe('typescript');
    expect(initialLanguage('', 'python')).toBe('python');
    expect(initialLanguage('?lang=ruby', null)).toBe('typescript');
    expect(initialLanguage('', 'something else')).toBe('typescript');
  });
});

describe('withLanguage', () => {
  const base = 'https://example.com/en/exercises/semaphore/';
  it('writes Python into the URL and leaves TypeScript, the default, out, keeping other parameters', () => {
    expect(withLanguage('/en/assign/?exercise=semaphore', 'python', base)).toBe(
      'https://example.com/en/assign/?exercise=semaphore&lang=python',
    );
    expect(withLanguage(`${base}?lang=python#top`, 'typescript', base)).toBe(`${base}#top`);
  });
});
