/**
 * The whole program of the sandbox iframe. The host puts `(${sandboxRelay})()` into the frame's
 * srcdoc, so this function must be self-contained: no imports, no outer variables.
 *
 * The frame (sandbox="allow-scripts", opaque origin) only starts and stops workers: each run's
 * script becomes a fresh classic Blob worker, and the run's MessagePort is handed straight to it,
 * so the learner's messages go to the page without passing through here. Classic, not module:
 * Chromium refuses module blob workers inside such a frame.
 */
export function sandboxRelay(): void {
  const workers = new Map<number, { worker: Worker; url: string }>();
  const toHost = (message: unknown): void => window.parent.postMessage(message, '*');

  const stop = (runId: number): void => {
    const entry = workers.get(runId);
    if (!entry) return;
    entry.worker.terminate(); // also ends its intervals and nested workers
    URL.revokeObjectURL(entry.url);
    workers.delete(runId);
  };

  window.addEventListener('message', (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const message: unknown = event.data;
    if (typeof message !== 'object' || message === null) return;
    const { type, runId, nonce, script } = message as Record<string, unknown>;
    if (type === 'ping' && typeof nonce === 'number') {
      toHost({ type: 'pong', nonce });
    } else if (type === 'stop' && typeof runId === 'number') {
      stop(runId);
    } else if (type === 'run' && typeof runId === 'number' && typeof script === 'string' && event.ports[0]) {
      const port = event.ports[0];
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
}

/** The srcdoc of the sandbox frame. */
export function sandboxDocument(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>sandbox</title></head><body><script>(${sandboxRelay.toString()})();</script></body></html>`;
}
