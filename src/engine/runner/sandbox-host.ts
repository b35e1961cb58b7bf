import type { HostToFrame, PythonFiles } from '../../schemas/run-protocol';
import { type Locale, message } from '../messages';
import type { RunOptions, RunOutcome, Sandbox, SandboxProgram } from './sandbox-contract';
import {
  FRESH_PONG_MS,
  NOT_RESPONDING_MS,
  PING_TIMEOUT_MS,
  PYTHON_START_TIMEOUT_MS,
  START_TIMEOUT_MS,
  plausibleDuration,
} from './run-limits';
import { PREPARED_FRAME_ATTRIBUTE, sandboxFrameAttributes } from './sandbox-relay';
import { parseFrameMessage, parseWorkerMessage } from './validate-message';

/**
 * Owns one `<iframe sandbox="allow-scripts">` (never allow-same-origin, popups, modals,
 * top-navigation, forms or downloads). The frame is reused across runs, checked with a ping before
 * each run and every second during one, and rebuilt when it stops answering (a renderer crash).
 */
export function createSandbox(doc: Document, locale: Locale = 'en'): Sandbox {
  let frame: HTMLIFrameElement | undefined;
  let frameReady: Promise<HTMLIFrameElement> | undefined;
  let nextRunId = 1;
  let nextNonce = 1;
  /** When the frame last answered; a frame that answered just now need not be asked again. */
  let lastPongAt = -Infinity;
  /** The runtime the current frame has been sent (a new frame has none). */
  let frameRuntime: string | undefined;
  /** Likewise for the Python runtime. */
  let framePython: string | undefined;
  const pongs = new Map<number, () => void>();
  const workerErrors = new Map<number, (message: string) => void>();
  const view = doc.defaultView;
  if (!view) throw new Error('createSandbox needs a document with a window');

  view.addEventListener('message', (event: MessageEvent) => {
    // Only our own frame may talk to us this way; anything else (another frame, an extension) is ignored.
    if (!frame || event.source !== frame.contentWindow) return;
    const message = parseFrameMessage(event.data);
    if (message?.type === 'pong') {
      lastPongAt = performance.now();
      pongs.get(message.nonce)?.();
    } else if (message?.type === 'worker-error') workerErrors.get(message.runId)?.(message.message);
  });

  /**
   * Removes `target` and, if it is still the current frame, forgets it. A late heartbeat of an old
   * run must not take down the frame built after it (it once removed the one a newer run had used).
   */
  function destroyFrame(target: HTMLIFrameElement | undefined = frame): void {
    target?.remove();
    if (target !== frame) return;
    frame = undefined;
    frameReady = undefined;
    frameRuntime = undefined;
    framePython = undefined;
  }

  const post = (target: HTMLIFrameElement, message: HostToFrame, transfer: Transferable[] = []): void =>
    target.contentWindow?.postMessage(message, '*', transfer);

  /** Sends the runtime once per frame; the frame keeps a spare worker made from it. */
  function offerRuntime(target: HTMLIFrameElement, runtime: string): void {
    if (frameRuntime === runtime) return;
    frameRuntime = runtime;
    post(target, { type: 'runtime', script: runtime });
  }

  /** Sends the Python runtime and files once per frame (Blobs: handles, so a rebuilt frame gets them again cheaply). */
  function offerPython(target: HTMLIFrameElement, runtime: string, files: PythonFiles): void {
    if (framePython === runtime) return;
    framePython = runtime;
    post(target, { type: 'python-runtime', script: runtime, files });
  }

  /**
   * The current frame once it answers. The first is the one the page's HTML holds, if any
   * (SandboxFrame.astro): it started while the page was parsed, and may have said 'ready' before
   * anyone listened, so it is also pinged (a ping that reaches its document before the relay runs
   * is lost, but then its 'ready' is still to come). Later frames, and any on a page without one,
   * are made here.
   */
  function ensureFrame(): Promise<HTMLIFrameElement> {
    frameReady ??= new Promise<HTMLIFrameElement>((resolve, reject) => {
      const prepared = doc.querySelector<HTMLIFrameElement>(`iframe[${PREPARED_FRAME_ATTRIBUTE}]`);
      const iframe = prepared ?? doc.createElement('iframe');
      const timer = view?.setTimeout(() => {
        cleanup();
        destroyFrame(iframe);
        reject(new Error(message(locale, 'run.sandboxDidNotStart')));
      }, START_TIMEOUT_MS);
      const answered = (): void => {
        cleanup();
        lastPongAt = performance.now();
        resolve(iframe);
      };
      const onReady = (event: MessageEvent): void => {
        if (event.source === iframe.contentWindow && parseFrameMessage(event.data)?.type === 'ready') answered();
      };
      const nonce = nextNonce++;
      const cleanup = (): void => {
        view?.clearTimeout(timer);
        view?.removeEventListener('message', onReady);
        pongs.delete(nonce);
      };
      view?.addEventListener('message', onReady);
      frame = iframe;
      if (prepared) {
        prepared.removeAttribute(PREPARED_FRAME_ATTRIBUTE); // taken: a rebuilt frame is a new one
        pongs.set(nonce, answered);
        post(prepared, { type: 'ping', nonce });
      } else {
        for (const [name, value] of Object.entries(sandboxFrameAttributes(locale))) iframe.setAttribute(name, value);
        doc.body.append(iframe);
      }
    });
    return frameReady;
  }

  function ping(target: HTMLIFrameElement): Promise<boolean> {
    const nonce = nextNonce++;
    return new Promise((resolve) => {
      const timer = view?.setTimeout(() => {
        pongs.delete(nonce);
        resolve(false);
      }, PING_TIMEOUT_MS);
      pongs.set(nonce, () => {
        view?.clearTimeout(timer);
        pongs.delete(nonce);
        resolve(true);
      });
      post(target, { type: 'ping', nonce });
    });
  }

  /** A frame that answers, rebuilding it once if the current one does not. */
  async function liveFrame(): Promise<HTMLIFrameElement> {
    const current = await ensureFrame();
    if (performance.now() - lastPongAt < FRESH_PONG_MS) return current;
    if (await ping(current)) return current;
    destroyFrame(current);
    return ensureFrame();
  }

  async function run(program: SandboxProgram, options: RunOptions): Promise<RunOutcome> {
    const target = await liveFrame();
    options.signal?.throwIfAborted();
    if (program.python) offerPython(target, program.runtime, program.python);
    else offerRuntime(target, program.runtime);
    const runId = nextRunId++;
    const channel = new MessageChannel();
    const requested = performance.now();
    let startedAt: number | undefined;

    return new Promise<RunOutcome>((resolve) => {
      let limitTimer: number | undefined;
      const startLimit = program.python ? PYTHON_START_TIMEOUT_MS : START_TIMEOUT_MS;
      const armStart = (): number | undefined =>
        view?.setTimeout(
          () =>
            finish({
              state: 'error',
              durationMs: 0,
              reason: message(options.locale, 'run.didNotStart', { s: startLimit / 1000 }),
            }),
          startLimit,
        );
      let startTimer = armStart();
      let missedPings = 0;
      /** When the run's worker last sent anything; undefined until it has started. */
      let heardAt: number | undefined;
      const heartbeat = view?.setInterval(() => {
        if (heardAt !== undefined && performance.now() - heardAt > NOT_RESPONDING_MS) {
          stopWorker();
          finish({
            state: 'timeout',
            durationMs: elapsed(),
            reason: message(options.locale, 'run.notResponding'),
            cause: 'not-responding',
          });
          return;
        }
        void ping(target).then((alive) => {
          if (finished) return; // a ping still on its way when the run ended
          missedPings = alive ? 0 : missedPings + 1;
          if (missedPings >= 2) {
            destroyFrame(target);
            finish({
              state: 'error',
              durationMs: elapsed(),
              reason: message(options.locale, 'run.sandboxCrashed'),
              cause: 'sandbox-crashed',
            });
          }
        });
      }, 1_000);

      const elapsed = (): number => Math.round(performance.now() - (startedAt ?? requested));
      const stopWorker = (): void => post(target, { type: 'stop', runId });
      const onAbort = (): void => {
        stopWorker();
        finish({ state: 'stopped', durationMs: elapsed() });
      };

      let finished = false;
      function finish(outcome: RunOutcome): void {
        if (finished) return;
        finished = true;
        view?.clearTimeout(startTimer);
        view?.clearTimeout(limitTimer);
        view?.clearInterval(heartbeat);
        options.signal?.removeEventListener('abort', onAbort);
        workerErrors.delete(runId);
        channel.port1.onmessage = null;
        channel.port1.close(); // later messages from this run can no longer reach the page
        stopWorker(); // whatever the ending, the run's worker has nothing left to do: free its thread
        resolve(outcome);
      }

      options.signal?.addEventListener('abort', onAbort, { once: true });
      workerErrors.set(runId, (message) => finish({ state: 'error', durationMs: elapsed(), reason: message }));
      channel.port1.onmessage = (event: MessageEvent) => {
        const message = parseWorkerMessage(event.data);
        if (!message || message.runId !== runId || finished) return;
        if (message.type === 'beat' && startedAt === undefined) {
          // Still getting ready (a Python worker booting): the start limit begins again.
          view?.clearTimeout(startTimer);
          startTimer = armStart();
          return;
        }
        heardAt = performance.now();
        if (message.type === 'beat') return;
        if (message.type === 'started') {
          startedAt = performance.now();
          view?.clearTimeout(startTimer);
          limitTimer = view?.setTimeout(() => {
            stopWorker();
            finish({ state: 'timeout', durationMs: options.timeLimitMs });
          }, options.timeLimitMs);
        }
        options.onMessage(message);
        if (message.type === 'done') {
          finish({
            state: message.uncaught > 0 ? 'error' : 'done',
            durationMs: plausibleDuration(message.durationMs, performance.now() - requested, elapsed()),
            ...(message.warning ? { warning: message.warning } : {}),
          });
        }
      };
      const language = program.language ?? 'typescript';
      const checks = program.checks === undefined ? {} : { checks: program.checks };
      post(target, { type: 'run-code', runId, code: program.code, language, locale: options.locale, ...checks }, [
        channel.port2,
      ]);
    });
  }

  return {
    warm: async (runtime) => {
      const target = await liveFrame();
      if (runtime !== undefined) offerRuntime(target, runtime);
    },
    warmPython: async (runtime, files) => offerPython(await liveFrame(), runtime, files),
    run,
  };
}
