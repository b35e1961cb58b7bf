// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterPageSettles,
  announceEngineWarm,
  announceEngineWarming,
  ENGINE_WARM_ATTRIBUTE,
} from './after-page-settles';

/** A window whose load event, idle callbacks and timers the test fires by hand. */
function fakeWindow() {
  const load: (() => void)[] = [];
  const idle: (() => void)[] = [];
  const timers: { ms: number; run: () => void }[] = [];
  const win = {
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'load') load.push(listener);
    },
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
    requestIdleCallback: (run: () => void) => idle.push(run),
  } as unknown as Window;
  return {
    win,
    fireLoad: () => load.splice(0).forEach((run) => run()),
    fireIdle: () => idle.splice(0).forEach((run) => run()),
    fireTimers: () => timers.splice(0).forEach(({ run }) => run()),
    timers,
  };
}

/** A document in the given ready state, with or without an engine warm-up under way. */
function page(readyState: DocumentReadyState, warming: boolean): Document {
  const doc = document.implementation.createHTMLDocument('lesson');
  doc.body.append(doc.createElement('async-playground'));
  if (warming) announceEngineWarming(doc);
  Object.defineProperty(doc, 'readyState', { value: readyState });
  return doc;
}

afterEach(() => vi.restoreAllMocks());

describe('afterPageSettles', () => {
  it('with no warm-up under way (a reader who only reads), starts after load and an idle moment', () => {
    const { win, fireLoad, fireIdle } = fakeWindow();
    const start = vi.fn();
    afterPageSettles(start, { doc: page('interactive', false), win });
    fireIdle();
    expect(start).not.toHaveBeenCalled();
    fireLoad();
    expect(start).not.toHaveBeenCalled();
    fireIdle();
    expect(start).toHaveBeenCalledOnce();
  });

  it('while the engine warms up (the reader went for a playground), waits for it, not only for load', () => {
    const { win, fireLoad, fireIdle } = fakeWindow();
    const doc = page('loading', true);
    const start = vi.fn();
    afterPageSettles(start, { doc, win });
    fireLoad();
    fireIdle();
    expect(start).not.toHaveBeenCalled();
    announceEngineWarm(doc);
    fireIdle();
    expect(start).toHaveBeenCalledOnce();
    expect(doc.documentElement.hasAttribute(ENGINE_WARM_ATTRIBUTE)).toBe(true);
  });

  it('does not miss a warm-up that ended before it started listening', () => {
    const { win, fireIdle } = fakeWindow();
    const doc = page('complete', true);
    announceEngineWarm(doc);
    const start = vi.fn();
    afterPageSettles(start, { doc, win });
    fireIdle();
    expect(start).toHaveBeenCalledOnce();
  });

  it('gives up waiting for a warm-up that never reports, and starts only once', () => {
    const { win, fireIdle, fireTimers, timers } = fakeWindow();
    const doc = page('complete', true);
    const start = vi.fn();
    afterPageSettles(start, { doc, win, maxWaitMs: 9_000 });
    expect(timers.map((timer) => timer.ms)).toEqual([9_000]);
    fireTimers();
    expect(start).toHaveBeenCalledOnce();
    announceEngineWarm(doc);
    fireIdle();
    expect(start).toHaveBeenCalledOnce();
  });

  it('waits while the reader runs code, checking again every second', () => {
    const { win, fireIdle, fireTimers, timers } = fakeWindow();
    const doc = page('complete', false);
    let running = true;
    const start = vi.fn();
    afterPageSettles(start, { doc, win, busy: () => running });
    fireIdle();
    expect(start).not.toHaveBeenCalled();
    expect(timers.map((timer) => timer.ms)).toEqual([1_000]);
    fireTimers();
    expect(start).not.toHaveBeenCalled();
    running = false;
    fireTimers();
    expect(start).toHaveBeenCalledOnce();
  });
});
