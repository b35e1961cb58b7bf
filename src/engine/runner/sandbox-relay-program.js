// @ts-check
/*
 * The whole program of the sandbox iframe, kept as plain JavaScript so that its exact text is known
 * at build time: the host inlines this file verbatim (imported with ?raw) into the frame's srcdoc,
 * and scripts/csp-integration.mjs hashes the same file for the page's Content-Security-Policy, which
 * a srcdoc frame inherits. Any edit here changes the hash in the next build, nothing to update by hand.
 *
 * The frame (sandbox="allow-scripts", opaque origin) only starts and stops workers, and the run's
 * MessagePort is handed straight to the worker, so the learner's messages go to the page without
 * passing through here. Classic Blob workers, not module ones: Chromium refuses module blob workers
 * inside such a frame. It fetches nothing, so it works offline.
 *
 * Spare worker: starting a worker and evaluating the runtime in it is most of what a Run costs, so
 * once the page has sent the runtime the frame keeps one worker that has done both and waits. A run
 * hands it the port and the learner's code, which it loads as a blob: script (script-src blob:), and
 * a new spare is started shortly after. A worker serves one run only, so every run starts from fresh
 * globals. Until a spare is ready (or where blob: scripts are refused), a run gets a fresh worker
 * made from the whole script, runtime and code in one blob, as before spares existed.
 *
 * Blank worker: the frame starts one worker as soon as it loads, before the page has sent anything.
 * A process's first worker costs 100–200 ms to start on two cores (later ones 20–60 ms), and the
 * first Run, which comes with the runtime, used to pay that in full. The blank worker is given its
 * script later, as a blob: script, by the first run, spare or Python boot that needs a worker.
 */
(() => {
  /**
   * How long after the runtime arrives, or a run takes the spare, the next spare starts. Starting a
   * worker and evaluating the runtime keeps a core busy for a while: started at once, it slowed the
   * run's own first lines by about a third on a two-core machine (and the first Run, which comes
   * with the runtime, would start two workers at once). A run's first lines are out within ~15 ms;
   * a reader's next click comes far later than this.
   */
  const SPARE_DELAY_MS = 50;
  /**
   * The same after a run that found no spare ready (most often the page's first): its worker is
   * still evaluating the runtime, and starting another worker beside it on two cores slowed its
   * start by 30–60 ms.
   */
  const SPARE_AFTER_COLD_RUN_DELAY_MS = 300;
  /** @typedef {{ worker: Worker, url: string }} Started */
  /** The workers of runs, by run id. @type {Map<number, Started>} */
  const workers = new Map();
  /** The runtime's text, from the page, and its number of newlines (see assemble.ts). */
  let runtime = '';
  let runtimeNewlines = 0;
  /**
   * A worker that is evaluating or has evaluated the runtime; ready once it answered the probe.
   * One made from the blank worker is `proven` at once (the blank already loaded a blob: script),
   * so a run that comes with the runtime can take it before it has answered.
   */
  /** @type {(Started & { ready: boolean, proven: boolean }) | null} */
  let spare = null;
  /** False once a spare could not load a blob: script (a policy without blob: in script-src). */
  let sparesWork = true;
  /**
   * Python: the runtime script, Pyodide's files (Blobs) and the wasm once compiled; one spare
   * worker booting (or booted) Pyodide from them. The first worker compiles the wasm and posts the
   * module back (compiling here would freeze this frame's main thread, which is the page's too), so
   * later workers only instantiate it. A run takes the spare whether or not it is booted yet (the
   * worker finishes booting first), and the next spare starts once that run's worker is stopped,
   * so booting never competes with a running program for the CPU.
   * @typedef {{ script: string, files: import('../../schemas/run-protocol').PythonFiles, module: WebAssembly.Module | null }} PythonState
   * @type {PythonState | null}
   */
  let python = null;
  /** @type {Started | null} */
  let pythonSpare = null;
  /** Run ids served by Python workers, to start the next spare when they end. */
  const pythonRuns = new Set();

  /** @param {unknown} message */
  const toHost = (message) => window.parent.postMessage(message, '*');

  /**
   * The blank worker's whole script: it first shows that it may load a blob: script (the policy may
   * refuse it), then waits for the one it is to run. The script it loads listens for what follows.
   */
  const BLANK_SCRIPT = `try {
  importScripts(URL.createObjectURL(new Blob([''], { type: 'text/javascript' })));
  postMessage({ type: 'blank-ready' });
} catch {
  postMessage({ type: 'blank-unusable' });
}
self.onmessage = (event) => {
  if (event.data?.type !== 'load') return;
  self.onmessage = null;
  importScripts(event.data.url);
};`;
  /** The blank worker, once it said it can load a script; null once taken (there is only one). */
  /** @type {Started | null} */
  let blank = null;

  /** @param {string} script @returns {Started} */
  const startWorker = (script) => {
    const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    try {
      return { worker: new Worker(url), url };
    } catch (error) {
      URL.revokeObjectURL(url);
      throw error;
    }
  };

  /**
   * A worker that will evaluate `script`: the blank one if it is ready, or else a new one.
   * @param {string} script @returns {Started}
   */
  const workerFor = (script) => {
    const ready = blank;
    if (!ready) return startWorker(script);
    blank = null;
    URL.revokeObjectURL(ready.url); // its script has long run
    const url = URL.createObjectURL(new Blob([script], { type: 'text/javascript' }));
    ready.worker.onmessage = null;
    ready.worker.postMessage({ type: 'load', url });
    return { worker: ready.worker, url };
  };

  const startBlank = () => {
    /** @type {Started} */
    let own;
    try {
      own = startWorker(BLANK_SCRIPT);
    } catch {
      return; // a run's own worker will report why workers cannot start
    }
    own.worker.onerror = (error) => error.preventDefault();
    own.worker.onmessage = (event) => {
      own.worker.onmessage = null;
      if (event.data?.type === 'blank-ready') blank = own;
      else end(own);
    };
  };

  /** @param {Started} entry */
  const end = (entry) => {
    entry.worker.terminate(); // also ends its intervals and nested workers
    URL.revokeObjectURL(entry.url);
  };

  /**
   * Mirrors whether a spare is ready on the frame's own root element (`data-spare`): nothing reads
   * it but tests, which can then wait for a spare instead of retrying runs until one happens to be
   * taken. The frame's document shows nothing else, so this costs nothing.
   * @param {boolean} ready
   */
  const showSpare = (ready) => {
    const root = globalThis.document?.documentElement;
    if (root) root.dataset['spare'] = ready ? 'ready' : 'none';
  };

  const dropSpare = () => {
    if (spare) end(spare);
    spare = null;
    showSpare(false);
  };

  const startSpare = () => {
    if (spare || !runtime || !sparesWork) return;
    /** @type {Started & { ready: boolean, proven: boolean }} */
    let own;
    try {
      const proven = blank !== null;
      own = { ...workerFor(runtime), ready: false, proven };
    } catch {
      return; // the next run's fresh worker will report why workers cannot start
    }
    spare = own;
    own.worker.onmessage = (event) => {
      const type = event.data?.type;
      if (type === 'spare-ready') {
        own.ready = true;
        if (spare === own) showSpare(true);
      } else if (type === 'spare-unusable' && spare === own) {
        sparesWork = false;
        dropSpare();
      }
    };
    // A runtime that fails to evaluate: no spare; a run's fresh worker reports the error to the page.
    own.worker.onerror = (error) => {
      error.preventDefault();
      if (spare === own) dropSpare();
    };
    own.worker.postMessage({ type: 'probe' });
  };

  /**
   * Gives a worker its run: the port (and, to a spare, the code). From now on its errors go to the
   * page, and nothing it posts to this frame is listened to.
   * @param {number} runId @param {Started} entry @param {MessagePort} port @param {string} [code]
   * @param {unknown} [locale] the page's language, for the runtime's own lines
   * @param {unknown} [checks] a Python exercise's checks.py, run after the learner's code
   */
  const launch = (runId, entry, port, code, locale, checks) => {
    // A Python worker still compiling keeps its one message to this frame (keepModule); nothing else does.
    if (!pythonRuns.has(runId)) entry.worker.onmessage = null;
    entry.worker.onerror = (error) => {
      error.preventDefault();
      toHost({ type: 'worker-error', runId, message: error.message || 'The worker failed to start.' });
    };
    workers.set(runId, entry);
    const start = {
      type: 'start',
      runId,
      port,
      ...(code === undefined ? {} : { code }),
      ...(locale === 'zh-cn' ? { locale } : {}),
      ...(typeof checks === 'string' ? { checks } : {}),
    };
    entry.worker.postMessage(start, [port]);
  };

  /** @param {number} runId @param {string} script @param {MessagePort} port @param {unknown} [locale] */
  const launchFresh = (runId, script, port, locale) => {
    try {
      launch(runId, workerFor(script), port, undefined, locale);
    } catch (error) {
      toHost({ type: 'worker-error', runId, message: String(error) });
    }
  };

  const startPythonSpare = () => {
    if (pythonSpare || !python) return;
    const current = python;
    const { script, files, module } = current;
    try {
      pythonSpare = workerFor(script);
    } catch {
      return; // the run will report why
    }
    const own = pythonSpare;
    own.worker.onerror = (error) => error.preventDefault();
    if (!module) own.worker.onmessage = keepModule(current);
    own.worker.postMessage({ type: 'python-boot', module, ...files });
  };

  /**
   * Keeps the module a worker compiled. Only its first message counts: the worker posts it before
   * it runs any code of the learner's, who could otherwise post a module of their own.
   * @param {PythonState} current @returns {(this: Worker, event: MessageEvent) => void}
   */
  const keepModule = (current) =>
    function onCompiled(event) {
      this.onmessage = null;
      const data = /** @type {{ type?: unknown, module?: unknown }} */ (event.data);
      if (data?.type === 'python-compiled' && data.module instanceof WebAssembly.Module && !current.module) {
        current.module = data.module;
      }
    };

  /**
   * @param {number} runId @param {MessagePort} port @param {string} code @param {unknown} [locale]
   * @param {unknown} [checks]
   */
  const launchPython = (runId, port, code, locale, checks) => {
    startPythonSpare();
    const entry = pythonSpare;
    pythonSpare = null;
    if (!entry) {
      toHost({ type: 'worker-error', runId, message: 'Python is not loaded yet.' });
      return;
    }
    pythonRuns.add(runId);
    launch(runId, entry, port, code, locale, checks);
  };

  /** @param {number} runId */
  const stop = (runId) => {
    const entry = workers.get(runId);
    if (!entry) return;
    end(entry);
    workers.delete(runId);
    if (pythonRuns.delete(runId)) startPythonSpare();
  };

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    /** @type {unknown} */
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    const { type, runId, nonce, script, code, language, files, locale, checks } =
      /** @type {Record<string, unknown>} */ (message);
    const port = event.ports[0];
    if (type === 'ping' && typeof nonce === 'number') {
      toHost({ type: 'pong', nonce });
    } else if (type === 'stop' && typeof runId === 'number') {
      stop(runId);
    } else if (type === 'runtime' && typeof script === 'string') {
      if (script === runtime) return;
      runtime = script;
      runtimeNewlines = script.split('\n').length - 1;
      dropSpare(); // made from another runtime
      // The blank worker has already started, so it can take the runtime now; a new worker waits.
      if (blank) startSpare();
      else setTimeout(startSpare, SPARE_DELAY_MS);
    } else if (type === 'python-runtime' && typeof script === 'string' && typeof files === 'object' && files) {
      if (python?.script === script) return;
      const posted = /** @type {import('../../schemas/run-protocol').PythonFiles} */ (files);
      python = { script, files: posted, module: null };
      if (pythonSpare) end(pythonSpare);
      pythonSpare = null;
      startPythonSpare();
    } else if (
      type === 'run-code' &&
      language === 'python' &&
      typeof runId === 'number' &&
      typeof code === 'string' &&
      port
    ) {
      launchPython(runId, port, code, locale, checks);
    } else if (type === 'run-code' && typeof runId === 'number' && typeof code === 'string' && port) {
      const ready = spare?.ready === true;
      if (spare && (ready || spare.proven)) {
        const taken = spare;
        spare = null;
        showSpare(false);
        launch(runId, taken, port, code, locale);
      } else {
        // The code starts with the runtime's newlines plus one (assemble.ts): drop all but one.
        launchFresh(runId, runtime + code.slice(runtimeNewlines), port, locale);
      }
      setTimeout(startSpare, ready ? SPARE_DELAY_MS : SPARE_AFTER_COLD_RUN_DELAY_MS);
    } else if (type === 'run' && typeof runId === 'number' && typeof script === 'string' && port) {
      launchFresh(runId, script, port);
    }
  });
  startBlank();
  toHost({ type: 'ready' });
})();
