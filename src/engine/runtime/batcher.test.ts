import { describe, expect, it } from 'vitest';
import { Batcher } from './batcher';

/** A batcher on a hand-driven clock; `timers` holds the untracked flush callbacks it queued. */
function setup(options: { burst?: number; refillPerMs?: number; tailSize?: number } = {}) {
  let now = 0;
  const batches: { items: number[]; dropped: number }[] = [];
  const timers: (() => void)[] = [];
  const batcher = new Batcher<number>({
    send: (items, dropped) => batches.push({ items, dropped }),
    clock: () => now,
    delay: (callback) => void timers.push(callback),
    burst: options.burst ?? 10_000,
    refillPerMs: options.refillPerMs ?? 0,
    tailSize: options.tailSize ?? 0,
  });
  return {
    batcher,
    batches,
    timers,
    advance: (ms: number) => (now += ms),
    sent: () => batches.flatMap((b) => b.items),
    dropped: () => batches.reduce((sum, b) => sum + b.dropped, 0),
  };
}

describe('Batcher', () => {
  it('flushes every 200 items without waiting for a timer', () => {
    const { batcher, batches } = setup();
    for (let i = 0; i < 451; i++) batcher.push(i);
    // The first item goes out alone (leading edge), then every 200.
    expect(batches.map((b) => b.items.length)).toEqual([1, 200, 200]);
  });

  it('flushes inside a busy loop once 30 ms passed, and shortly after the last item otherwise', () => {
    const { batcher, batches, timers, advance } = setup();
    batcher.push(0);
    batcher.push(1);
    advance(31);
    batcher.push(2);
    expect(batches).toEqual([
      { items: [0], dropped: 0 },
      { items: [1, 2], dropped: 0 },
    ]);
    batcher.push(3);
    expect(timers.length).toBeGreaterThan(0);
    timers.shift()?.();
    expect(batches.at(-1)).toEqual({ items: [3], dropped: 0 });
  });

  it('sends the first line after a quiet spell at once, so a loop that never yields still shows it', () => {
    const { batcher, batches, timers } = setup();
    batcher.push(7); // console.log('spinning'); while (true) {}
    expect(batches).toEqual([{ items: [7], dropped: 0 }]);
    expect(timers).toHaveLength(0);
  });

  it('keeps a million-line loop bounded: the beginning, the end, and a count of the rest', () => {
    const { batcher, batches, advance, sent, dropped } = setup({ burst: 5000, refillPerMs: 1, tailSize: 500 });
    const started = performance.now();
    for (let i = 0; i < 1_000_000; i++) {
      batcher.push(i);
      if (i % 1000 === 0) advance(1); // the loop takes a second of (fake) time
    }
    batcher.close();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(Math.max(...batches.map((b) => b.items.length))).toBeLessThanOrEqual(500);
    // 5000 at once, about 1000 more over the second, then the last 500.
    const all = sent();
    expect(all.slice(0, 3)).toEqual([0, 1, 2]);
    expect(all.at(-1)).toBe(999_999);
    expect(all.length).toBeGreaterThan(6000);
    expect(all.length).toBeLessThan(7000);
    expect(all.length + dropped()).toBe(1_000_000);
  });

  it('sends the first burst, then the newest items after a gap it counts', () => {
    const { batcher, sent, dropped, batches } = setup({ burst: 3, tailSize: 2 });
    for (let i = 1; i <= 10; i++) batcher.push(i);
    batcher.close();
    expect(sent()).toEqual([1, 2, 3, 9, 10]);
    expect(dropped()).toBe(5);
    // The gap is reported with the batch that follows it, never before items that preceded it.
    expect(batches.at(-1)).toEqual({ items: [9, 10], dropped: 5 });
  });

  it('refills the allowance over time', () => {
    const { batcher, timers, advance, sent } = setup({ burst: 2, refillPerMs: 0.1, tailSize: 10 });
    for (let i = 1; i <= 4; i++) batcher.push(i);
    advance(20);
    while (timers.length > 0) timers.shift()?.();
    expect(sent()).toEqual([1, 2, 3, 4]);
  });

  it('caps a whole run when there is no refill, and reports the drops at close', () => {
    const { batcher, sent, dropped } = setup({ burst: 2000 });
    for (let i = 0; i < 2500; i++) batcher.push(i);
    batcher.close();
    expect(sent()).toHaveLength(2000);
    expect(dropped()).toBe(500);
  });

  it('ignores items after close', () => {
    const { batcher, sent } = setup();
    batcher.push(1);
    batcher.close();
    batcher.push(2);
    batcher.flush();
    expect(sent()).toEqual([1]);
  });
});
