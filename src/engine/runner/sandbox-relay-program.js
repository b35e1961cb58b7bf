// @ts-check
/*
 * The whole program of the sandbox iframe, kept as plain JavaScript so that its exact text is known
 * at build time: the host inlines this file verbatim (imported with ?raw) into the frame's srcdoc,
 * and scripts/csp-integration.mjs hashes the same file for the page's Content-Security-Policy, which
 * a srcdoc frame inherits. Any edit here changes the hash in the next build, nothing to update by hand.
 *
 * The frame (sandbox="allow-scripts", opaque origin) only starts and stops workers: each run's
 * script becomes a fresh classic Blob worker, and the run's MessagePort is handed straight to it,
 * so the learner's messages go to the page without passing through here. Classic, not module:
 * Chromium refuses module blob workers inside such a frame. It fetches nothing, so it works offline.
 */
(() => {
  /** @type {Map<number, { worker: Worker, url: string }>} */
  const workers = new Map();
  /** @param {unknown} message */
  const toHost = (message) => window.parent.postMessage(message, '*');

  /** @param {number} runId */
  const stop = (runId) => {
    const entry = workers.get(runId);
    if (!entry) return;
    entry.worker.terminate(); // also ends its intervals and nested workers
    URL.revokeObjectURL(entry.url);
    workers.delete(runId);
  };

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    /** @type {unknown} */
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    const { type, runId, nonce, script } = /** @type {Record<string, unknown>} */ (message);
    const port = event.ports[0];
    if (type === 'ping' && typeof nonce === 'number') {
      toHost({ type: 'pong', nonce });
    } else if (type === 'stop' && typeof runId === 'number') {
      stop(runId);
    } else if (type === 'run' && typeof runId === 'number' && typeof script === 'string' && port) {
      const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
      try {
        const worker = new Worker(url);
        worker.onerror = (error) => {
          error.preventDefault();
          toHost({ type: 'worker-error', runId, message: error.message || 'The worker failed to start.' });
        };
        workers.set(runId, { worker, url });
        worker.postMessage({ type: 'start', runId, port }, [port]);
      } catch (error) {
        URL.revokeObjectURL(url);
        toHost({ type: 'worker-error', runId, message: String(error) });
      }
    }
  });
  toHost({ type: 'ready' });
})();
