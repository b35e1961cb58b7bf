// @ts-check
// Functions that run inside the page (passed to Playwright's addInitScript / evaluate), so they
// must be self-contained: no imports, no outer variables. They time things with the page's own
// clock, which is the one that matters: no round trip through the automation protocol is counted.

/**
 * @typedef {{ idleAt: number | null, lcp: number, loaf: { start: number, duration: number }[], longestFrameGap: number, track(): void }} Probe
 * @typedef {Window & { __bench?: Probe }} BenchWindow
 */

/**
 * Installed before the page's own scripts. Seeds saved code (the playground opens what the reader
 * saved, which lets a lesson page run our programs without loading the editor) and starts the
 * observers: first idle period, LCP, long animation frames, and the longest gap between two
 * animation frames from the load event on (or from a click timeRun makes before it): a frozen page
 * draws none.
 * @param {Record<string, string>} seeds localStorage key → code
 */
export function installProbe(seeds) {
  if (window !== window.top) return; // the sandbox frame has an opaque origin and no storage
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('async-lab:code:')) localStorage.removeItem(key);
    for (const [key, code] of Object.entries(seeds)) localStorage.setItem(key, code);
    // A lesson's TypeScript twins show (a hidden console would draw no line to time).
    localStorage.setItem('async-lab:twin-language', 'typescript');
  } catch {
    // No storage: the playgrounds show their own code, and the runs say so in their output.
  }
  let tracking = false;
  /** @type {Probe} */
  const probe = {
    idleAt: null,
    lcp: 0,
    loaf: [],
    longestFrameGap: 0,
    track: () => {
      tracking = true;
    },
  };
  window.addEventListener('load', probe.track);
  /** @type {BenchWindow} */ (window).__bench = probe;
  // Registered before the page's scripts, so it runs first in the idle period where the page warms up.
  requestIdleCallback(() => (probe.idleAt = performance.now()));
  let lastFrame = 0;
  const frame = (/** @type {number} */ now) => {
    if (lastFrame > 0) probe.longestFrameGap = Math.max(probe.longestFrameGap, now - lastFrame);
    lastFrame = tracking ? now : 0;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.loaf.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/**
 * Clicks Run in one playground and times, with the page's clock, the click to the first console
 * line in the DOM and to the final status. Resolves when the run has finished.
 * @param {{ id: string, clickWhenReady?: boolean, inModuleTask?: boolean }} options
 * `firstLineProgramMs` is the first line's own timestamp (ms since the program started): the
 * difference is what the page took to start the program, whatever the program waits before printing.
 * @returns {Promise<{ firstLineMs: number, firstLineProgramMs: number, finishedMs: number, state: string, durationMs: number, lines: number, clickedAt: number }>}
 */
export async function timeRun({ id, clickWhenReady = false, inModuleTask = false }) {
  if (clickWhenReady) {
    // A click on a button whose element is not yet upgraded does nothing: "as soon as Run works".
    // Module scripts run after parsing, so by then the whole document is there too.
    await customElements.whenDefined('async-playground');
    // A person clicks a Run they have seen working: after the next frame has drawn the page, in a
    // task of its own, as an input event is. Until 2026-12-02 the bench clicked in a microtask of
    // the task that ran the page's module scripts, where no input can land, and the frame gap it
    // read was that task and the Run's set-up as one; `inModuleTask` keeps that way for comparison.
    if (!inModuleTask) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  const root = document.querySelector(`[data-playground="${id}"]`);
  const log = root?.querySelector('[role="log"]');
  const status = root?.querySelector('[role="status"]');
  const button = root?.querySelector('[data-action="run"]');
  if (!(root && log && status && button instanceof HTMLElement)) throw new Error(`no playground ${id}`);
  const final = new Set(['done', 'error', 'stopped', 'timeout']);
  return new Promise((resolve) => {
    let firstLine = -1;
    let firstLineProgram = 0;
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      const now = performance.now();
      const entry = firstLine < 0 ? log.querySelector('[data-kind]:not(.console-dropped)') : null;
      if (entry) {
        firstLine = now - t0;
        firstLineProgram = Number(entry.getAttribute('data-time') ?? 0);
      }
      const state = status.getAttribute('data-state') ?? '';
      if (final.has(state) && status.hasAttribute('data-duration-ms') && firstLine >= 0) {
        observer.disconnect();
        resolve({
          firstLineMs: firstLine,
          firstLineProgramMs: firstLineProgram,
          finishedMs: now - t0,
          state,
          durationMs: Number(status.getAttribute('data-duration-ms')),
          lines: log.querySelectorAll('[data-kind]').length,
          clickedAt: t0,
        });
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
    /** @type {BenchWindow} */ (window).__bench?.track();
    button.click();
  });
}

/**
 * The floor: what the platform itself costs for one run, measured like a run. A second sandboxed
 * frame, made in advance with the product's own relay (the same srcdoc, which the page's CSP
 * allows by its hash), starts a fresh classic blob worker whose whole script posts one message back
 * on the run's port: no bundling, no runtime, no DOM. Returns one duration per sample.
 * @param {number} samples
 * @returns {Promise<number[]>}
 */
export async function measureFloor(samples) {
  const product = document.querySelector('iframe[sandbox]');
  if (!(product instanceof HTMLIFrameElement)) throw new Error('the page has no sandbox frame yet');
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.style.cssText = 'position:absolute;width:0;height:0;border:0;visibility:hidden';
  frame.srcdoc = product.srcdoc;
  await new Promise((resolve) => {
    const onReady = (/** @type {MessageEvent} */ event) => {
      if (event.source !== frame.contentWindow || event.data?.type !== 'ready') return;
      window.removeEventListener('message', onReady);
      resolve(undefined);
    };
    window.addEventListener('message', onReady);
    document.body.append(frame);
  });
  const script = 'onmessage = (e) => e.data.port.postMessage(1);';
  /** @type {number[]} */
  const times = [];
  for (let runId = 1; runId <= samples; runId++) {
    const channel = new MessageChannel();
    const t0 = performance.now();
    await new Promise((resolve) => {
      channel.port1.onmessage = resolve;
      frame.contentWindow?.postMessage({ type: 'run', runId, script }, '*', [channel.port2]);
    });
    times.push(performance.now() - t0);
    frame.contentWindow?.postMessage({ type: 'stop', runId }, '*');
    // The same pause as between the product's runs.
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  frame.remove();
  return times;
}

/**
 * Clicks Run in every playground at once and resolves when all have finished.
 * @returns {Promise<string[]>} the final states
 */
export async function runAll() {
  const roots = [...document.querySelectorAll('[data-playground]')];
  const final = new Set(['done', 'error', 'stopped', 'timeout']);
  const done = roots.map(
    (root) =>
      new Promise((resolve) => {
        const status = root.querySelector('[role="status"]');
        const observer = new MutationObserver(() => {
          const state = status?.getAttribute('data-state') ?? '';
          if (final.has(state) && status?.hasAttribute('data-duration-ms')) {
            observer.disconnect();
            resolve(state);
          }
        });
        if (status) observer.observe(status, { attributes: true });
        root.querySelector(`[data-action="run"]`)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }),
  );
  return /** @type {Promise<string[]>} */ (Promise.all(done));
}

/**
 * Watches the gaps between the page's animation frames, what the reader sees as jank, until
 * `window.__frames.running` is set to false; the longest gap in ms is `window.__frames.longest`.
 */
export function watchFrames() {
  const state = { longest: 0, running: true };
  /** @type {any} */ (window).__frames = state;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    state.longest = Math.max(state.longest, now - last);
    last = now;
    if (state.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
