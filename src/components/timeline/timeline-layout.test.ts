import { describe, expect, it } from 'vitest';
import type { TimelineSpan } from '../../schemas/run-protocol';
import {
  OWN_LANE_LIMIT,
  formatDuration,
  formatTick,
  layoutTimeline,
  mergeTicks,
  niceStep,
  toPercent,
} from './timeline-layout';

let nextId = 1;
function span(
  start: number,
  end: number | null,
  kind: TimelineSpan['kind'] = 'timer',
  label = 'sleep(1000)',
): TimelineSpan {
  return { id: nextId++, kind, label, start, end };
}

describe('layoutTimeline', () => {
  it('gives sequential sleeps a lane each, in start order: a staircase', () => {
    const layout = layoutTimeline([span(2000, 3000), span(0, 1000), span(1000, 2000)], 3000);
    expect(layout.bars.map((b) => [b.start, b.lane])).toEqual([
      [0, 0],
      [1000, 1],
      [2000, 2],
    ]);
    expect(layout.laneCount).toBe(3);
  });

  it('stacks concurrent sleeps in separate lanes', () => {
    const layout = layoutTimeline([span(0, 1001), span(0, 1002), span(1, 1003)], 1003);
    expect(new Set(layout.bars.map((b) => b.lane)).size).toBe(3);
  });

  it('keeps blocked stretches out of the lanes', () => {
    const layout = layoutTimeline([span(0, 500, 'blocked', 'blockFor(500)'), span(500, 600)], 600);
    expect(layout.bands.map((b) => b.span.label)).toEqual(['blockFor(500)']);
    expect(layout.bars).toHaveLength(1);
    expect(layout.laneCount).toBe(1);
  });

  it('ends spans still running with the run and marks them open', () => {
    const layout = layoutTimeline([span(100, null, 'worker', 'toThread(fib)')], 750);
    expect(layout.bars[0]).toMatchObject({ start: 100, end: 750, open: true });
  });

  it('puts the ticks of one setInterval in one lane', () => {
    const ticks = [
      span(0, 100, 'timer', 'setInterval 100 ms'),
      span(100, 200, 'timer', 'setInterval 100 ms'),
      span(200, 250, 'timer', 'setInterval 100 ms (cleared)'),
    ];
    const layout = layoutTimeline([...ticks, span(50, 150, 'fetch', 'GET /a')], 250);
    const lanes = layout.bars.filter((b) => b.span.kind === 'timer').map((b) => b.lane);
    expect(new Set(lanes).size).toBe(1);
    expect(layout.laneCount).toBe(2);
  });

  it('packs many bars into free lanes instead of one row each', () => {
    const many = Array.from({ length: OWN_LANE_LIMIT + 10 }, (_, i) => span(i * 10, i * 10 + 10, 'fetch', `GET /${i}`));
    const layout = layoutTimeline(many, 500);
    expect(layout.laneCount).toBe(1);
    const overlapping = Array.from({ length: OWN_LANE_LIMIT + 10 }, (_, i) => span(i, i + 1000, 'fetch', `GET /${i}`));
    expect(layoutTimeline(overlapping, 2000).laneCount).toBe(OWN_LANE_LIMIT + 10);
  });

  it('ends the axis on the next half step and labels whole steps from 0', () => {
    const layout = layoutTimeline([span(0, 1002)], 1010);
    expect(layout.step).toBe(200);
    expect(layout.domainMs).toBe(1100);
    expect(layout.ticks).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(layoutTimeline([], 1000).domainMs).toBe(1000);
    expect(layoutTimeline([], 0.7).domainMs).toBe(0.7);
  });

  it('grows the axis of a running run in big steps, with room to spare', () => {
    expect(layoutTimeline([span(0, 130)], 130, true).domainMs).toBe(200);
    expect(layoutTimeline([span(0, 160)], 170, true).domainMs).toBe(500);
    expect(layoutTimeline([span(0, 410)], 410, true).domainMs).toBe(500);
    expect(layoutTimeline([span(0, 1100)], 1100, true).domainMs).toBe(2000);
  });

  it('has a usable axis for an empty, instant run', () => {
    const layout = layoutTimeline([], 0);
    expect(layout.domainMs).toBeGreaterThan(0);
    expect(layout.ticks[0]).toBe(0);
  });
});

describe('niceStep', () => {
  it.each([
    [1, 0.2],
    [3, 0.5],
    [10, 2],
    [1000, 200],
    [3004, 1000],
    [60_000, 10_000],
    [0, 0.2],
  ])('%d ms → steps of %d ms', (range, step) => {
    expect(niceStep(range)).toBe(step);
  });

  it('never gives more than maxTicks intervals from 1 ms to 60 s', () => {
    for (let range = 1; range <= 60_000; range *= 1.37) {
      const step = niceStep(range, 6);
      expect(Math.ceil(range / step - 1e-9)).toBeLessThanOrEqual(6);
      expect(Math.ceil(range / step)).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('formatting', () => {
  it('labels the axis in s, ms or fractions of a ms as the step asks', () => {
    expect(formatTick(20_000, 10_000)).toBe('20 s');
    expect(formatTick(1500, 500)).toBe('1 500 ms');
    expect(formatTick(0.4, 0.2)).toBe('0.4 ms');
    expect(formatTick(0.05, 0.05)).toBe('0.05 ms');
    expect(formatTick(0, 0.2)).toBe('0 ms');
  });

  it('keeps a tenth of a ms only for short durations', () => {
    expect(formatDuration(1002.4)).toBe('1 002 ms');
    expect(formatDuration(2.34)).toBe('2.3 ms');
    expect(formatDuration(0)).toBe('0 ms');
  });

  it('maps ms to a clamped percentage', () => {
    expect(toPercent(500, 2000)).toBe(25);
    expect(toPercent(3000, 2000)).toBe(100);
    expect(toPercent(1, 0)).toBe(0);
  });
});

describe('mergeTicks', () => {
  it('merges entries on the same spot and keeps the most severe', () => {
    const entries = [
      { time: 0, kind: 'log' },
      { time: 1, kind: 'error' },
      { time: 1, kind: 'log' },
      { time: 500, kind: 'warn' },
    ];
    expect(mergeTicks(entries, 1000)).toEqual([
      { percent: 0, kind: 'error' },
      { percent: 50, kind: 'warn' },
    ]);
  });

  it('turns a flood of logs into at most one tick per slot', () => {
    const flood = Array.from({ length: 10_000 }, (_, i) => ({ time: i / 10, kind: 'log' }));
    expect(mergeTicks(flood, 1000).length).toBeLessThanOrEqual(401);
  });
});
