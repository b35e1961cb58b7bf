import { describe, expect, it, vi } from 'vitest';
import type { TimelineSpan } from '../../schemas/run-protocol';
import { BlockedDetector } from './blocked-detector';
import { createLab, type LabDeps } from './lab';
import { TimelineRecorder } from './timeline-recorder';

function setup() {
  let now = 0;
  const spans: TimelineSpan[] = [];
  const recorder = new TimelineRecorder(
    () => now,
    (span) => spans.push(span),
  );
  const blocked = new BlockedDetector(
    () => now,
    () => {},
    () => {},
  );
  const deps: LabDeps = {
    setTimeout: vi.fn((callback: () => void) => queueMicrotask(callback)),
    // Each read of the clock moves it on by 1 ms, so blockFor's loop ends.
    now: () => ++now,
    beat: vi.fn(),
    recorder,
    blocked,
    toThread: vi.fn(() => Promise.resolve('from thread')),
  };
  return { lab: createLab(() => deps), deps, spans, blocked };
}

describe('the lab', () => {
  it('sleeps on a tracked timer labelled sleep(ms)', async () => {
    const { lab, deps } = setup();
    await lab.sleep(1000);
    expect(deps.setTimeout).toHaveBeenCalledWith(expect.any(Function), 1000, 'sleep(1000)');
  });

  it('says it is alive every 500 ms while it blocks on purpose', () => {
    const { lab, deps } = setup();
    lab.blockFor(1600);
    expect(deps.beat).toHaveBeenCalledTimes(3);
  });

  it('blocks for the time asked, and draws it', () => {
    const { lab, spans, blocked } = setup();
    const explicit = vi.spyOn(blocked, 'explicit');
    lab.blockFor(30);
    expect(spans).toEqual([expect.objectContaining({ kind: 'blocked', label: 'blockFor(30)' })]);
    const [span] = spans;
    expect((span?.end ?? 0) - (span?.start ?? 0)).toBeGreaterThanOrEqual(30);
    expect(explicit).toHaveBeenCalledWith(expect.toSatisfy((ms: number) => ms >= 30));
  });

  it('passes toThread through with its arguments', async () => {
    const { lab, deps } = setup();
    const double = (n: number) => n * 2;
    await expect(lab.toThread(double, 4)).resolves.toBe('from thread');
    expect(deps.toThread).toHaveBeenCalledWith(double, [4]);
  });

  it('spans a promise or a function, passing results and rejections through', async () => {
    const { lab, spans } = setup();
    await expect(lab.span('fetch all', Promise.resolve(3))).resolves.toBe(3);
    await expect(lab.span('fails', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    await expect(
      lab.span('throws', () => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    expect(spans.map((s) => [s.kind, s.label])).toEqual([
      ['span', 'fetch all'],
      ['span', 'fails'],
      ['span', 'throws'],
    ]);
  });

  it('says so when used outside a run', () => {
    const lab = createLab(() => {
      throw new Error('async-lab is only available while a run is executing.');
    });
    expect(() => lab.blockFor(1)).toThrow(/only available/);
  });
});
