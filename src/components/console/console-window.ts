/** Which rows of a long console are in the DOM, and the space that stands in for the rest. */
export interface RowWindow {
  /** First row in the DOM. */
  start: number;
  /** One past the last row in the DOM. */
  end: number;
  /** Height of the rows before `start`, in px: the space above the first row in the DOM. */
  before: number;
  /** Height of the rows from `end` on. */
  after: number;
}

export interface WindowInput {
  /** Every kept row's height in px: measured once drawn, an estimate before. */
  heights: readonly number[];
  /** How far the rows are scrolled, in px from the first row's top. */
  scrollTop: number;
  /** Height of the visible part of the console. */
  viewport: number;
  /** Rows kept in the DOM beyond each edge of the view, in px, so scrolling never shows a gap. */
  overscan: number;
  /** Whether the view sticks to the newest row; then the window is the tail, whatever scrollTop says. */
  following: boolean;
  /** Up to this many rows, all of them are in the window. */
  allUpTo: number;
}

/**
 * The rows a console keeps in the DOM. Small outputs keep every row, so find in page, select-all
 * and screen readers see the whole log. Large ones keep only the rows around the view: laying out
 * thousands of rows is what made a console flood stall the page.
 */
export function rowWindow({ heights, scrollTop, viewport, overscan, following, allUpTo }: WindowInput): RowWindow {
  const count = heights.length;
  if (count <= allUpTo) return { start: 0, end: count, before: 0, after: 0 };
  const height = (index: number): number => heights[index] ?? 0;
  if (following) {
    let start = count;
    let covered = 0;
    while (start > 0 && covered < viewport + overscan) covered += height(--start);
    return { start, end: count, before: sumHeights(heights, 0, start), after: 0 };
  }
  const top = Math.max(0, scrollTop - overscan);
  const bottom = scrollTop + viewport + overscan;
  let start = 0;
  let before = 0;
  while (start < count - 1 && before + height(start) <= top) before += height(start++);
  let end = start;
  let reached = before;
  while (end < count && reached < bottom) reached += height(end++);
  return { start, end, before, after: sumHeights(heights, end, count) };
}

/** The height of rows `from` up to (not including) `to`. */
export function sumHeights(heights: readonly number[], from: number, to: number): number {
  let total = 0;
  for (let index = from; index < to; index++) total += heights[index] ?? 0;
  return total;
}
