import type { PyodideAPI } from 'pyodide';
import type { PythonBoot, PythonCompiled, WorkerStart } from '../../schemas/run-protocol';
import { isWorkerStart, type RuntimeScope } from '../runtime/async-lab-global';
import { bindTo } from '../runtime/intrinsics';
import { createMacrotask } from '../runtime/macrotask';
import { prepareRun } from '../runtime/start-run';
import { bootPyodide } from './boot-pyodide';
import { pinClockGlobals } from './pin-clock-globals';
import { createRunBridge, type LabBridge } from './python-bridge';
import { registerPythonChecks } from './python-checks';
import { SHIM_FILES } from './shim-files';

/** The Python worker's scope: a run's scope plus what booting needs. */
export type PythonWorkerScope = RuntimeScope & { importScripts(...urls: string[]): void };

interface Booted {
  pyodide: PyodideAPI;
  /** The `_lab_js` module object; a run fills in its functions. */
  module: Partial<LabBridge>;
  runMain: ((source: string) => boolean) & { callPromising?: (source: string) => Promise<boolean> };
}

function isPythonBoot(data: unknown): data is PythonBoot {
  const message = data as Partial<PythonBoot> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === 'python-boot' &&
    (message.module === null || message.module instanceof WebAssembly.Module) &&
    message.wasm instanceof Blob &&
    message.loader instanceof Blob &&
    message.asm instanceof Blob &&
    message.stdlib instanceof Blob
  );
}

/** True where the browser can suspend WebAssembly on a promise (JSPI): threads and blocking calls need it. */
const hasJspi = (): boolean => 'Suspending' in WebAssembly;

/**
 * The frame's compiled wasm, or, for its first worker, compiled here and posted back: compiling
 * 9.6 MB takes the frame's main thread (the page's too) for a second or more, a worker's only its own.
 */
async function wasmModule(scope: PythonWorkerScope, message: PythonBoot): Promise<WebAssembly.Module> {
  if (message.module) return message.module;
  const wasm = new Response(message.wasm, { headers: { 'content-type': 'application/wasm' } });
  const module = await WebAssembly.compileStreaming(wasm);
  scope.postMessage({ type: 'python-compiled', module } satisfies PythonCompiled);
  return module;
}

async function boot(scope: PythonWorkerScope, message: PythonBoot): Promise<Booted> {
  // Read while the wasm compiles (off this thread), not after: the loader wants the bytes at once.
  const stdlib = message.stdlib.arrayBuffer();
  stdlib.catch(() => undefined); // a failed read is reported by the boot that awaits it
  const pyodide = await bootPyodide(scope, message, await wasmModule(scope, message), stdlib);
  const sitePackages = pyodide.runPython('import site; site.getsitepackages()[0]') as string;
  for (const [name, text] of Object.entries(SHIM_FILES)) pyodide.FS.writeFile(`${sitePackages}/${name}`, text);
  const cores = (scope as unknown as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  const module: Partial<LabBridge> = { jspi: hasJspi, cores: () => cores ?? 4 };
  pyodide.registerJsModule('_lab_js', module);
  pyodide.runPython('import lab_main; lab_main.install()');
  const runMain = pyodide.runPython('lab_main.run_main') as Booted['runMain'];
  return { pyodide, module, runMain };
}

/**
 * One Python worker: boots Pyodide when the frame sends PythonBoot (answering spare-ready), then
 * serves exactly one run when WorkerStart brings the learner's source. The run reuses the
 * TypeScript runtime's pieces (prepareRun: console, timeline, Done, simulated httpbin).
 */
export function createPythonWorker(scope: PythonWorkerScope): void {
  // The run may be handed over before the boot message has arrived; it then waits for it.
  let received: (message: PythonBoot) => void = () => {};
  const booted = new Promise<PythonBoot>((resolve) => (received = resolve)).then((message) => boot(scope, message));
  booted.then(
    () => scope.postMessage({ type: 'spare-ready' }),
    (error: unknown) => scope.postMessage({ type: 'spare-unusable', message: String(error) }),
  );
  let started = false;
  const onMessage = (event: MessageEvent<unknown>): void => {
    const data = event.data;
    if (isPythonBoot(data)) received(data);
    else if (isWorkerStart(data) && !started) {
      started = true;
      start(scope, data, booted);
    }
  };
  scope.addEventListener('message', onMessage);
}

/** How often a worker still booting tells the page it is alive (see PYTHON_START_TIMEOUT_MS). */
const BOOT_BEAT_MS = 500;

function start(scope: PythonWorkerScope, message: WorkerStart, booted: Promise<Booted>): void {
  // The run starts (and its clock with it) once the interpreter is booted, as a spare already is.
  const beat = scope.setInterval(() => message.port.postMessage({ type: 'beat', runId: message.runId }), BOOT_BEAT_MS);
  const stopBeating = (): void => scope.clearInterval(beat);
  void booted.finally(stopBeating).then(
    (python) => run(scope, message, python),
    (error: unknown) => {
      const prepared = prepareRun(scope, message);
      prepared.execute(() => {
        prepared.line('error', `Python could not start in this browser: ${String(error)}`);
        return Promise.resolve();
      });
    },
  );
}

function run(scope: PythonWorkerScope, message: WorkerStart, python: Booted): void {
  const prepared = prepareRun(scope, message);
  const source = message.code ?? '';
  const macrotask = createMacrotask(new scope.MessageChannel());
  // Taken now, before the program runs: Python reaches the worker's globals through `import js`
  // (`js.console.log = …`, `js.performance.now = …`), and must no more reach the run's console,
  // clock, timers or network than TypeScript can. The console methods are prepareRun's hooks.
  const { now } = prepared.lab;
  const log = bindTo(scope.console.log, scope.console);
  const error = bindTo(scope.console.error, scope.console);
  const fetch = bindTo(scope.fetch, scope);
  const clearTimeout = bindTo(scope.clearTimeout, scope);
  prepared.execute(async () => {
    // The program, not the count of pending timers, decides when a Python run is over (threads
    // may wait on each other with nothing pending), so the run is held until run_main returns.
    const release = prepared.hold();
    const startedAt = now();
    const jspi = hasJspi();
    const bridge = createRunBridge({
      prepared,
      log,
      error,
      fetch,
      clearTimeout,
      macrotask,
      now,
      clock: () => now() - startedAt,
      jspi,
      cores: python.module.cores?.() ?? 4,
    });
    // The bridge is in place, and frozen, before checks.py and main.py run: `_lab_js.clock = …` in
    // the program then changes nothing the shim or the checks read (this interpreter serves one run).
    Object.assign(python.module, bridge.bridge);
    Object.freeze(python.module);
    pinClockGlobals(scope as unknown as Parameters<typeof pinClockGlobals>[0]);
    python.pyodide.setStdout({ batched: (line) => bridge.bridge.stdout(line) });
    python.pyodide.setStderr({ batched: (line) => bridge.bridge.stderr(line) });
    // An exercise: its checks register (and are announced) before the learner's program runs.
    const checking =
      message.checks !== undefined && registerPythonChecks({ pyodide: python.pyodide, prepared, jspi }, message.checks);
    let failed = message.checks !== undefined && !checking;
    try {
      if (failed) return;
      if (jspi && python.runMain.callPromising) failed = await python.runMain.callPromising(source);
      else {
        // Without JSPI nothing can block: asyncio.run only starts its task, awaited here instead.
        failed = python.runMain(source);
        await python.pyodide.runPythonAsync('import lab_loop\nawait lab_loop.wait_pending_mains()');
      }
    } catch (error) {
      failed = true;
      prepared.line('error', error instanceof Error ? error.message : String(error));
    } finally {
      // What the program left behind is dropped, as a process exit does; the bridge stays usable.
      bridge.exit();
      release();
    }
    // As in TypeScript, a program that crashed gets no checks: the page fails each with the crash.
    if (checking && !failed) {
      await prepared.checks.run({});
      bridge.exit();
    }
  });
}
