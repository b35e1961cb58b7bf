import { describe, expect, it } from 'vitest';
import { plausibleDuration } from './run-limits';

describe('plausibleDuration', () => {
  it("believes the worker's figure when the page heard 'started' late", () => {
    // The tasks lesson's cancel example: 596 ms in the worker; the page, busy, heard 'started' at 393 ms.
    expect(plausibleDuration(596, 640, 203)).toBe(596);
  });

  it('believes it up to what the page saw pass since it posted the run', () => {
    expect(plausibleDuration(1_000, 1_000, 1_000)).toBe(1_000);
    expect(plausibleDuration(1_040, 1_000, 990)).toBe(1_040);
  });

  it("takes the page's measure for a figure that cannot be true", () => {
    expect(plausibleDuration(-1_781, 900, 880)).toBe(880);
    expect(plausibleDuration(60_000, 900, 880)).toBe(880);
    expect(plausibleDuration(Number.NaN, 900, 880)).toBe(880);
  });
});
