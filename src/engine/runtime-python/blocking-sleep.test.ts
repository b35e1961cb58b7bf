import { describe, expect, it } from 'vitest';
import { BLOCK_SLICE_MS, blockingSleep } from './blocking-sleep';

/** A fake clock that advances only when the thread waits. */
function fakeThread() {
  let time = 0;
  const events: string[] = [];
  return {
    events,
    deps: {
      wait: (ms: number) => {
        events.push(`wait ${ms}`);
        time += ms;
      },
      now: () => time,
      beat: () => events.push(`beat at ${time}`),
    },
  };
}

describe('blockingSleep', () => {
  it('waits in slices of at most 500 ms and beats between them', () => {
    const { deps, events } = fakeThread();
    blockingSleep(deps, 1_200);
    expect(events).toEqual(['wait 500', 'beat at 500', 'wait 500', 'beat at 1000', 'wait 200']);
  });

  it('a short sleep is one wait with no beat', () => {
    const { deps, events } = fakeThread();
    blockingSleep(deps, 120);
    expect(events).toEqual(['wait 120']);
  });

  it('never waits longer than a slice, so an 8 s sleep beats 15 times', () => {
    const { deps, events } = fakeThread();
    blockingSleep(deps, 8_000);
    expect(events.filter((e) => e.startsWith('beat'))).toHaveLength(15);
    expect(Math.max(...events.filter((e) => e.startsWith('wait')).map((e) => Number(e.slice(5))))).toBe(BLOCK_SLICE_MS);
  });

  it('a wait that wakes early is made up for', () => {
    let time = 0;
    const waits: number[] = [];
    // Atomics.wait may return early (here the first one, after 100 ms): the clock decides the end.
    const wait = (ms: number): void => {
      waits.push(ms);
      time += waits.length === 1 ? 100 : ms;
    };
    blockingSleep({ wait, now: () => time, beat: () => {} }, 400);
    expect(waits).toEqual([400, 300]);
    expect(time).toBe(400);
  });
});
