import type { TimelineSpan } from '../../schemas/run-protocol';
import { formatMs } from '../console/console-view';

/**
 * Pure layout for the timeline (timeline-view.ts draws it): which lane each bar goes in, where the
 * axis ticks fall, and how milliseconds map to percentages of the chart's width.
 */

/** Up to this many bars, every bar gets its own lane, in start order: the Gantt chart of the issue. */
export const OWN_LANE_LIMIT = 40;

/** A span as laid out: `end` is never null (a span still running when the run ended ends with it). */
export interface PlacedSpan {
  span: TimelineSpan;
  start: number;
  end: number;
  /** The span was still running when the run ended. */
  open: boolean;
  lane: number;
}

export interface TimelineLayout {
  /** Bars of kind timer | fetch | worker | span, in start order. */
  bars: PlacedSpan[];
  /** Stretches where the event loop was blocked (lane is always 0: they are drawn across all lanes). */
  bands: PlacedSpan[];
  laneCount: number;
  /** The axis runs from 0 to this many ms, a whole number of half `step`s. */
  domainMs: number;
  step: number;
  ticks: number[];
}

/**
 * Lays out the bars of one run.
 *
 * With few bars each gets its own lane in start order, so sequential awaits read as a staircase and
 * Promise.all as bars stacked on top of each other. With more bars than OWN_LANE_LIMIT (a loop of
 * fetches, a chatty interval) a lane per bar would be a wall of rows, so a bar then reuses the first
 * lane that is free by its start: concurrency still reads as height, the row count stays small.
 * The ticks of one setInterval always share a lane: they are one operation repeating.
 *
 * @param endMs when the run ended, or the latest time seen while it is still going
 * @param running the run goes on: the axis then grows in big steps (1, 2, 5 × 10ⁿ with room to
 *   spare), so it does not creep every frame and every bar need not be laid out again
 */
export function layoutTimeline(
  spans: readonly TimelineSpan[],
  endMs: number,
  running = false,
  maxTicks = 6,
): TimelineLayout {
  const placed: PlacedSpan[] = spans.map((span) => ({
    span,
    start: Math.max(0, span.start),
    end: Math.max(span.start, span.end ?? endMs),
    open: span.end === null,
    lane: 0,
  }));
  placed.sort((a, b) => a.start - b.start || a.span.id - b.span.id);
  const bars = placed.filter((p) => p.span.kind !== 'blocked');
  const bands = placed.filter((p) => p.span.kind === 'blocked');
  const laneCount = assignLanes(bars, bars.length <= OWN_LANE_LIMIT);
  const latest = placed.reduce((max, p) => Math.max(max, p.end), endMs);
  const reach = running ? niceStep(latest * 1.2, 1) : latest;
  const step = niceStep(reach, maxTicks);
  // Ending on a half step wastes at most half a step of width, where a whole step could waste a fifth.
  const half = step / 2;
  const domainMs = roundTo(Math.max(step, Math.ceil(reach / half - 1e-9) * half), half);
  const ticks: number[] = [];
  for (let i = 0; i * step <= domainMs + step / 1e6; i++) ticks.push(roundTo(i * step, step));
  return { bars, bands, laneCount, domainMs, step, ticks };
}

/** Sets `lane` on each bar (already in start order) and returns how many lanes were used. */
function assignLanes(bars: PlacedSpan[], ownLane: boolean): number {
  const laneEnds: number[] = [];
  const intervalLanes = new Map<string, number>();
  for (const bar of bars) {
    const interval =
      bar.span.kind === 'timer' && bar.span.label.startsWith('setInterval')
        ? bar.span.label.replace(/ \(cleared\)$/, '')
        : undefined;
    const shared = interval === undefined ? undefined : intervalLanes.get(interval);
    let lane: number;
    if (shared !== undefined && (laneEnds[shared] ?? 0) <= bar.start) lane = shared;
    else if (ownLane) lane = laneEnds.length;
    else {
      lane = laneEnds.findIndex((end) => end <= bar.start);
      if (lane === -1) lane = laneEnds.length;
    }
    laneEnds[lane] = bar.end;
    if (interval !== undefined) intervalLanes.set(interval, lane);
    bar.lane = lane;
  }
  return laneEnds.length;
}

/**
 * The axis step for a run `rangeMs` long: 1, 2 or 5 times a power of ten, the smallest giving at
 * most `maxTicks` intervals. Works from fractions of a millisecond to minutes.
 */
export function niceStep(rangeMs: number, maxTicks = 6): number {
  const range = Number.isFinite(rangeMs) && rangeMs > 0 ? rangeMs : 1;
  const rough = range / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 5, 10]) {
    if (factor * power >= rough - 1e-12) return roundTo(factor * power, power);
  }
  return 10 * power;
}

/** Rounds away floating-point noise such as 0.30000000000000004 at the precision of `unit`. */
function roundTo(value: number, unit: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(unit)) + 1);
  return Number(value.toFixed(Math.min(decimals, 12)));
}

/** Where `ms` falls on an axis of `domainMs`, in percent, clamped to the chart. */
export function toPercent(ms: number, domainMs: number): number {
  if (!(domainMs > 0)) return 0;
  return Math.min(100, Math.max(0, (ms / domainMs) * 100));
}

/**
 * An axis label: seconds when the step is a whole second or more ("1.5 s" reads better than
 * "1 500 ms" under a 60 s run), decimals of a millisecond when the step is under one.
 */
export function formatTick(ms: number, step: number): string {
  if (ms === 0) return '0 ms';
  if (step >= 1000) return `${roundTo(ms / 1000, step / 1000)} s`;
  if (step < 1) return `${ms.toFixed(Math.min(3, Math.ceil(-Math.log10(step))))} ms`;
  return formatMs(ms);
}

/** Durations in the tooltip and table: whole ms, except under 10 ms where a tenth still matters. */
export function formatDuration(ms: number): string {
  return ms > 0 && ms < 10 ? `${(Math.round(ms * 10) / 10).toString()} ms` : formatMs(ms);
}

export interface TickMark {
  percent: number;
  kind: string;
}

/** Severity order for ticks that land on the same spot: the most severe one is drawn. */
const SEVERITY: Record<string, number> = { error: 3, warn: 2, system: 1 };

/**
 * Console entries as ticks on the axis, merged when they fall within `resolution` percent of each
 * other: a thousand logs in a loop become a handful of marks instead of a thousand elements.
 */
export function mergeTicks(
  entries: readonly { time: number; kind: string }[],
  domainMs: number,
  resolution = 0.25,
): TickMark[] {
  const slots = new Map<number, string>();
  for (const { time, kind } of entries) {
    const slot = Math.round(toPercent(time, domainMs) / resolution);
    const current = slots.get(slot);
    if (current === undefined || (SEVERITY[kind] ?? 0) > (SEVERITY[current] ?? 0)) slots.set(slot, kind);
  }
  return [...slots]
    .sort((a, b) => a[0] - b[0])
    .map(([slot, kind]) => ({ percent: Math.min(100, slot * resolution), kind }));
}
