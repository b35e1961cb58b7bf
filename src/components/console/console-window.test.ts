import { describe, expect, it } from 'vitest';
import { rowWindow } from './console-window';

const rows = (count: number, height = 20): number[] => Array.from({ length: count }, () => height);
const base = { scrollTop: 0, viewport: 200, overscan: 100, following: false, allUpTo: 50 };

describe('rowWindow', () => {
  it('keeps every row of a small output, with no stand-in space', () => {
    expect(rowWindow({ ...base, heights: rows(50), scrollTop: 400 })).toEqual({
      start: 0,
      end: 50,
      before: 0,
      after: 0,
    });
  });

  it('keeps the tail while following: enough rows to fill the view and the overscan above it', () => {
    const window = rowWindow({ ...base, heights: rows(1000), following: true });
    expect(window).toEqual({ start: 985, end: 1000, before: 985 * 20, after: 0 });
  });

  it('keeps the rows around the scroll position, with the space of the others above and below', () => {
    const window = rowWindow({ ...base, heights: rows(1000), scrollTop: 10_000 });
    // View 10 000–10 200 px, overscan 100 px each way: rows 495 (9 900 px) to 515 (10 300 px).
    expect(window).toEqual({ start: 495, end: 515, before: 9_900, after: (1000 - 515) * 20 });
  });

  it('accounts every row exactly once: before + rows in the window + after is the whole height', () => {
    const heights = Array.from({ length: 700 }, (_, index) => 18 + (index % 7) * 11);
    const total = heights.reduce((a, b) => a + b, 0);
    for (const scrollTop of [0, 1234, 5000, total - 200, total + 500]) {
      const { start, end, before, after } = rowWindow({ ...base, heights, scrollTop });
      const inside = heights.slice(start, end).reduce((a, b) => a + b, 0);
      expect(before + inside + after).toBe(total);
      expect(end).toBeGreaterThan(start);
    }
  });

  it('starts at the top and ends at the bottom at the edges of the scroll range', () => {
    const top = rowWindow({ ...base, heights: rows(1000), scrollTop: 0 });
    expect(top.start).toBe(0);
    expect(top.end).toBe(15);
    const bottom = rowWindow({ ...base, heights: rows(1000), scrollTop: 1000 * 20 - 200 });
    expect(bottom.end).toBe(1000);
    // Scrolled past the end (rows were just dropped): still shows the last rows, never an empty window.
    const past = rowWindow({ ...base, heights: rows(1000), scrollTop: 90_000 });
    expect(past).toMatchObject({ start: 999, end: 1000, after: 0 });
  });

  it('covers a view taller than the rows it has', () => {
    const window = rowWindow({ ...base, heights: rows(60, 2), following: true, viewport: 900 });
    expect(window).toEqual({ start: 0, end: 60, before: 0, after: 0 });
  });
});
