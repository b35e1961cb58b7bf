// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { exercisesEn } from '../../i18n/ui-exercises';
import { finalizeResults, renderResults, summarize } from './check-results';

const strings: Record<string, string> = exercisesEn;
const pending = [
  { name: 'a', status: 'pending' as const },
  { name: 'b', status: 'pending' as const },
];

describe('finalizeResults', () => {
  it('fails every pending check with the reason the run ended', () => {
    expect(finalizeResults(pending, { state: 'timeout' }, { timeLimitMs: 10_000 }, strings)).toEqual([
      {
        name: 'a',
        status: 'failed',
        message: 'Your code did not finish within 10 000 ms, so this check could not run.',
      },
      {
        name: 'b',
        status: 'failed',
        message: 'Your code did not finish within 10 000 ms, so this check could not run.',
      },
    ]);
    const crashed = finalizeResults(
      pending,
      { state: 'error' },
      { timeLimitMs: 10_000, crash: 'TypeError: x is undefined' },
      strings,
    );
    expect(crashed[0]?.message).toBe('Your code threw before the checks could run: TypeError: x is undefined');
  });

  it('says when the page ended code that stopped responding, not that it ran out of time', () => {
    const [first] = finalizeResults(
      pending,
      { state: 'timeout', cause: 'not-responding' },
      { timeLimitMs: 10_000 },
      strings,
    );
    expect(first?.message).toMatch(/^Your code stopped responding \(for 5 s it never let the event loop run/);
  });

  it('keeps final results, and explains when no check was even announced', () => {
    const final = [{ name: 'a', status: 'passed' as const }];
    expect(finalizeResults(final, { state: 'error' }, { timeLimitMs: 1 }, strings)).toEqual(final);
    expect(
      finalizeResults(
        [],
        { state: 'error', reason: 'The code has a syntax error; nothing ran.' },
        { timeLimitMs: 1 },
        strings,
      ),
    ).toEqual([
      { name: '', status: 'failed', message: 'The checks did not run: The code has a syntax error; nothing ran.' },
    ]);
  });
});

describe('summarize and renderResults', () => {
  it('says all passed, or how many', () => {
    expect(summarize([{ name: 'a', status: 'passed' }], strings).text).toBe('All checks passed');
    expect(
      summarize(
        [
          { name: 'a', status: 'passed' },
          { name: 'b', status: 'failed' },
        ],
        strings,
      ).text,
    ).toBe('1 of 2 checks passed');
  });

  it('renders labels, statuses and messages as text', () => {
    const list = document.createElement('ul');
    renderResults(list, [{ name: 'a', status: 'failed', message: '<b>no</b>' }], { a: 'Label A' }, strings);
    const item = list.querySelector('li');
    expect(item?.dataset['checkStatus']).toBe('failed');
    expect(item?.textContent).toContain('Label A');
    expect(item?.querySelector('b')).toBeNull();
  });
});
