/**
 * When to register the service worker. Its install downloads every page with its CSS and scripts
 * (~1 MB compressed); started at once, that download would share the network with the lesson's own
 * files and with esbuild.wasm, which the first Run waits for. So it starts once the page has what
 * it needs: after load, idle, and the engine's warm-up if one has started.
 */

/** Dispatched on the document by the page's engine once its warm-up has finished or failed. */
export const ENGINE_WARM_EVENT = 'async-lab:engine-warm';
/** Set on <html> at the same time, for code that starts listening later. */
export const ENGINE_WARM_ATTRIBUTE = 'data-engine-warm';
/** Set on <html> when a warm-up starts (on the reader's intent, see page-engine.ts). */
export const ENGINE_WARMING_ATTRIBUTE = 'data-engine-warming';

export interface SettleOptions {
  doc: Document;
  win: Pick<Window, 'addEventListener' | 'setTimeout'> & Partial<Pick<Window, 'requestIdleCallback'>>;
  /** A page whose engine is warming up waits for it, but never longer than this after load. */
  maxWaitMs?: number;
  /**
   * True while the reader's code runs: the start then waits (checking every second), so the
   * download and the browser's compiling of what it caches do not make the run's timers late.
   */
  busy?: () => boolean;
}

/**
 * Calls `start` once: after the load event and an idle moment, and if the engine's warm-up has
 * started by then, after it has finished too (or `maxWaitMs` later, should it never say so), and
 * never while `busy`.
 */
export function afterPageSettles(
  start: () => void,
  { doc, win, maxWaitMs = 15_000, busy = () => false }: SettleOptions,
): void {
  let started = false;
  let retrying = false;
  const once = (): void => {
    if (started || retrying) return;
    if (busy()) {
      retrying = true;
      win.setTimeout(() => {
        retrying = false;
        once();
      }, 1_000);
      return;
    }
    started = true;
    start();
  };
  const whenIdle = (): void => {
    if (win.requestIdleCallback) win.requestIdleCallback(once, { timeout: 2_000 });
    else win.setTimeout(once, 500);
  };
  const afterLoad = (): void => {
    const root = doc.documentElement;
    if (!root.hasAttribute(ENGINE_WARMING_ATTRIBUTE) || root.hasAttribute(ENGINE_WARM_ATTRIBUTE)) {
      whenIdle();
      return;
    }
    doc.addEventListener(ENGINE_WARM_EVENT, whenIdle, { once: true });
    win.setTimeout(once, maxWaitMs);
  };
  if (doc.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, { once: true });
}

/** Called by the page's engine when a warm-up starts. */
export function announceEngineWarming(doc: Document): void {
  doc.documentElement.setAttribute(ENGINE_WARMING_ATTRIBUTE, '');
}

/** Called by the page's engine when its warm-up is over, however it ended. */
export function announceEngineWarm(doc: Document): void {
  doc.documentElement.setAttribute(ENGINE_WARM_ATTRIBUTE, '');
  doc.dispatchEvent(new Event(ENGINE_WARM_EVENT));
}
