import { describe, expect, it } from 'vitest';
import { RunSession, STUCK_GRACE_MS, STUCK_WARNING, type RunEnd } from './run-session';

/** A session whose macrotasks and delays run only when the test says so. */
function setup() {
  let now = 0;
  const macrotasks: (() => void)[] = [];
  const delays: { callback: () => void; ms: number }[] = [];
  const ends: RunEnd[] = [];
  const session = new RunSession({
    clock: () => now,
    macrotask: (callback) => void macrotasks.push(callback),
    delay: (callback, ms) => void delays.push({ callback, ms }),
    onDone: (end) => ends.push(end),
  });
  const drain = () => {
    while (macrotasks.length > 0) macrotasks.shift()?.();
  };
  return { session, macrotasks, delays, ends, drain, at: (ms: number) => (now = ms) };
}

describe('RunSession', () => {
  it('is done once settled with nothing pending, at the time it became idle', () => {
    const { session, ends, drain, at } = setup();
    const release = session.hold();
    session.settle();
    drain();
    expect(ends).toEqual([]);
    at(500);
    release();
    release(); // releasing twice counts once
    expect(session.pending).toBe(0);
    drain();
    expect(ends).toEqual([{ durationMs: 500 }]);
    expect(session.finished).toBe(true);
  });

  it('is not done when new work starts before the check runs', () => {
    const { session, ends, drain } = setup();
    session.settle();
    const release = session.hold();
    drain();
    expect(ends).toEqual([]);
    release();
    drain();
    expect(ends).toHaveLength(1);
  });

  it('queues one check at a time, never polls', () => {
    const { session, macrotasks } = setup();
    session.kick();
    session.kick();
    session.settle();
    expect(macrotasks).toHaveLength(1);
  });

  it('ends a top-level await that nothing can settle, after a short grace, with a warning', () => {
    const { session, ends, delays, drain, at } = setup();
    at(12);
    session.kick();
    drain();
    expect(delays[0]?.ms).toBe(STUCK_GRACE_MS);
    at(12 + STUCK_GRACE_MS);
    delays[0]?.callback();
    expect(ends).toEqual([{ durationMs: 12, warning: STUCK_WARNING }]);
  });

  it('does not call it stuck when the top-level code settles during the grace', () => {
    const { session, ends, delays, drain } = setup();
    session.kick();
    drain();
    session.settle();
    drain();
    delays[0]?.callback();
    expect(ends).toEqual([{ durationMs: 0 }]);
  });

  it('wakes exercise checks when the learner work drains, instead of calling the run stuck', async () => {
    const { session, ends, delays, drain, at } = setup();
    const release = session.hold();
    let idleAt: number | undefined;
    void session.whenIdle().then((t) => (idleAt = t));
    drain();
    await Promise.resolve();
    expect(idleAt).toBeUndefined();
    at(800);
    release();
    drain();
    await Promise.resolve();
    expect(idleAt).toBe(800);
    expect(delays).toEqual([]); // no stuck verdict was queued
    expect(ends).toEqual([]);
    session.settle();
    drain();
    expect(ends).toEqual([{ durationMs: 800 }]);
  });

  it('ignores holds after done', () => {
    const { session, drain } = setup();
    session.settle();
    drain();
    session.hold();
    expect(session.pending).toBe(0);
  });
});
