import { describe, expect, it } from 'vitest';
import { formatMs } from './format-ms';

describe('formatMs', () => {
  it('rounds to whole ms and groups thousands with a space', () => {
    expect(formatMs(2001.4)).toBe('2 001 ms');
    expect(formatMs(10_000)).toBe('10 000 ms');
    expect(formatMs(999.6)).toBe('1 000 ms');
    expect(formatMs(-1500)).toBe('-1 500 ms');
    expect(formatMs(Number.NaN)).toBe('? ms');
  });
});
