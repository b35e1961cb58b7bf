import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assembleRun } from './assemble';
import { sandboxRelayScript } from './sandbox-relay';

/** A Worker that records what it is sent; the test plays its side (onmessage/onerror are the frame's). */
class FakeWorker {
  static all: FakeWorker[] = [];
  readonly received: { data: unknown; transfer: unknown[] }[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor(readonly url: string) {
    FakeWorker.all.push(this);
  }
  postMessage(data: unknown, transfer: unknown[] = []): void {
    this.received.push({ data, transfer });
  }
  terminate(): void {
    this.terminated = true;
  }
  /** The worker answers the frame's probe (a spare) or says whether it can load scripts (the blank one). */
  answer(type: 'spare-ready' | 'spare-unusable' | 'blank-ready' | 'blank-unusable'): void {
    this.onmessage?.({ data: { type, message: 'refused' } });
  }
}

/** Runs the relay's exact text against a fake window, URL and Worker. */
function relay() {
  FakeWorker.all = [];
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  const toHost: unknown[] = [];
  const listeners: ((event: unknown) => void)[] = [];
  const parent = { postMessage: (message: unknown) => toHost.push(message) };
  const window = { parent, addEventListener: (_: string, fn: (event: unknown) => void) => listeners.push(fn) };
  const url = {
    createObjectURL: (blob: Blob) => {
      const id = `blob:null/${blobs.size}`;
      blobs.set(id, blob);
      return id;
    },
    revokeObjectURL: (id: string) => revoked.push(id),
  };
  new Function('window', 'URL', 'Worker', sandboxRelayScript)(window, url, FakeWorker);
  const send = (data: unknown, ports: unknown[] = [], source: unknown = parent) => {
    for (const fn of listeners) fn({ source, data, ports });
  };
  const script = (url: string | undefined) => blobs.get(url ?? '')?.text();
  // The frame starts its blank worker as it loads; the tests that do not say otherwise leave it
  // silent, as a worker still starting is, and look at the workers started after it.
  const [blank] = FakeWorker.all;
  return {
    send,
    toHost,
    revoked,
    script: (worker: FakeWorker | undefined) => script(worker?.url),
    scriptAt: script,
    blank,
    workers: () => FakeWorker.all.slice(1),
  };
}

const RUNTIME = 'runtime line 1\nruntime line 2\nself.__asyncLab = {};';
const program = assembleRun(RUNTIME, 'console.log(1);');

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the sandbox relay', () => {
  it('says ready, answers pings, and ignores messages from anyone but the page', () => {
    const frame = relay();
    expect(frame.toHost).toEqual([{ type: 'ready' }]);
    frame.send({ type: 'ping', nonce: 4 }, [], {});
    frame.send({ type: 'ping', nonce: 5 });
    expect(frame.toHost).toEqual([{ type: 'ready' }, { type: 'pong', nonce: 5 }]);
  });

  it('runs a whole script in a fresh worker and hands it the port', async () => {
    const frame = relay();
    const port = { name: 'port' };
    frame.send({ type: 'run', runId: 1, script: 'whole' }, [port]);
    const [worker] = frame.workers();
    expect(await frame.script(worker)).toBe('whole');
    expect(worker?.received).toEqual([{ data: { type: 'start', runId: 1, port }, transfer: [port] }]);
  });

  it('keeps a spare that evaluates the runtime, and runs code in a fresh whole-script worker until it is ready', async () => {
    const frame = relay();
    frame.send({ type: 'runtime', script: RUNTIME });
    expect(frame.workers()).toHaveLength(0); // a first Run may come with the runtime: it goes first
    vi.advanceTimersByTime(50);
    const [spare] = frame.workers();
    expect(await frame.script(spare)).toBe(RUNTIME);
    expect(spare?.received).toEqual([{ data: { type: 'probe' }, transfer: [] }]);

    const port = { name: 'port' };
    frame.send({ type: 'run-code', runId: 1, code: program.code }, [port]);
    const fresh = frame.workers()[1];
    expect(frame.workers()).toHaveLength(2); // the spare still evaluating is kept for the next run
    // Exactly the old single blob: the runtime, then the learner's code on the line after it.
    const whole = await frame.script(fresh);
    expect(whole).toBe(`${RUNTIME}\n;self.__asyncLab.run(async () => {"use strict";\nconsole.log(1);\n});\n`);
    expect(whole?.split('\n')[program.lineOffset]).toBe('console.log(1);');
    expect(fresh?.received).toEqual([{ data: { type: 'start', runId: 1, port }, transfer: [port] }]);
  });

  it('hands a ready spare the port and the code, never reuses it, and starts the next spare soon after', async () => {
    const frame = relay();
    frame.send({ type: 'runtime', script: RUNTIME });
    vi.advanceTimersByTime(50);
    frame.workers()[0]?.answer('spare-ready');
    const ports = [{ name: 'a' }, { name: 'b' }];
    frame.send({ type: 'run-code', runId: 1, code: program.code }, [ports[0]]);
    const [first] = frame.workers();
    expect(first?.received.at(-1)).toEqual({
      data: { type: 'start', runId: 1, port: ports[0], code: program.code },
      transfer: [ports[0]],
    });
    expect(first?.onmessage).toBeNull(); // what the learner's code posts to the frame is not listened to
    // Not at once: starting a worker would compete with the run's first lines for the CPU.
    expect(frame.workers()).toHaveLength(1);
    vi.advanceTimersByTime(50);
    const second = frame.workers()[1];
    expect(await frame.script(second)).toBe(RUNTIME);

    second?.answer('spare-ready');
    frame.send({ type: 'run-code', runId: 2, code: program.code }, [ports[1]]);
    expect(second?.received.at(-1)?.data).toMatchObject({ type: 'start', runId: 2 });
    expect(first?.received.filter((m) => (m.data as { type: string }).type === 'start')).toHaveLength(1);
    // The code's leading newlines keep the bundle on the same line as in the whole script.
    expect(program.code.split('\n')[program.lineOffset]).toBe('console.log(1);');
    vi.advanceTimersByTime(50);
    expect(frame.workers()).toHaveLength(3);
  });

  it('stop terminates the worker of that run only, spare or fresh', () => {
    const frame = relay();
    frame.send({ type: 'runtime', script: RUNTIME });
    vi.advanceTimersByTime(50);
    frame.workers()[0]?.answer('spare-ready');
    frame.send({ type: 'run-code', runId: 1, code: program.code }, [{}]);
    vi.advanceTimersByTime(50);
    frame.send({ type: 'run-code', runId: 2, code: program.code }, [{}]); // the new spare is not ready: fresh
    const [spareRun, nextSpare, freshRun] = frame.workers();
    frame.send({ type: 'stop', runId: 1 });
    expect([spareRun?.terminated, nextSpare?.terminated, freshRun?.terminated]).toEqual([true, false, false]);
    expect(frame.revoked).toEqual([spareRun?.url]);
    frame.send({ type: 'stop', runId: 2 });
    expect(freshRun?.terminated).toBe(true);
    expect(nextSpare?.terminated).toBe(false);
  });

  it('reports a run worker’s error to the page with its run id', () => {
    const frame = relay();
    frame.send({ type: 'runtime', script: RUNTIME });
    vi.advanceTimersByTime(50);
    const [spare] = frame.workers();
    spare?.answer('spare-ready');
    frame.send({ type: 'run-code', runId: 7, code: program.code }, [{}]);
    let prevented = false;
    spare?.onerror?.({ message: 'SyntaxError: nope', preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    expect(frame.toHost.at(-1)).toEqual({ type: 'worker-error', runId: 7, message: 'SyntaxError: nope' });
  });

  it('gives up spares where blob: scripts are refused, and drops a spare whose runtime fails', async () => {
    const refused = relay();
    refused.send({ type: 'runtime', script: RUNTIME });
    vi.advanceTimersByTime(50);
    refused.workers()[0]?.answer('spare-unusable');
    expect(refused.workers()[0]?.terminated).toBe(true);
    refused.send({ type: 'run-code', runId: 1, code: program.code }, [{}]);
    vi.advanceTimersByTime(1_000);
    expect(refused.workers()).toHaveLength(2); // a fresh worker for the run, no new spare
    expect(await refused.script(refused.workers()[1])).toContain(RUNTIME);

    const broken = relay();
    broken.send({ type: 'runtime', script: RUNTIME });
    vi.advanceTimersByTime(50);
    broken.workers()[0]?.onerror?.({ message: 'boom', preventDefault: () => {} });
    expect(broken.workers()[0]?.terminated).toBe(true);
    expect(broken.toHost).toEqual([{ type: 'ready' }]); // no run to blame yet
  });
  it('starts a blank worker as it loads, and a Run that comes with the runtime takes it: no worker starts on the click', async () => {
    const frame = relay();
    expect(await frame.script(frame.blank)).toContain('blank-ready');
    frame.blank?.answer('blank-ready');
    expect(frame.blank?.onmessage).toBeNull();

    const port = { name: 'port' };
    frame.send({ type: 'runtime', script: RUNTIME });
    frame.send({ type: 'run-code', runId: 1, code: program.code }, [port]);
    expect(frame.workers()).toHaveLength(0);
    // The blank worker loads the runtime as a blob: script, then gets the run as a spare would.
    const [load, probe, start] = frame.blank?.received ?? [];
    const url = (load?.data as { type: string; url: string }).url;
    expect(load?.data).toEqual({ type: 'load', url });
    expect(await frame.scriptAt(url)).toBe(RUNTIME);
    expect(probe?.data).toEqual({ type: 'probe' });
    expect(start).toEqual({ data: { type: 'start', runId: 1, port, code: program.code }, transfer: [port] });

    // Its run is still starting: the next spare waits longer than after a warm run.
    vi.advanceTimersByTime(299);
    expect(frame.workers()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(await frame.script(frame.workers()[0])).toBe(RUNTIME);
    frame.send({ type: 'stop', runId: 1 });
    expect(frame.blank?.terminated).toBe(true);
    expect(frame.revoked).toContain(url);
  });

  it('makes its first spare of the blank worker when the runtime comes before any run', () => {
    const frame = relay();
    frame.blank?.answer('blank-ready');
    frame.send({ type: 'runtime', script: RUNTIME });
    expect(frame.blank?.received.map((m) => (m.data as { type: string }).type)).toEqual(['load', 'probe']);
    frame.blank?.answer('spare-ready');
    frame.send({ type: 'run-code', runId: 1, code: program.code }, [{}]);
    expect(frame.blank?.received.at(-1)?.data).toMatchObject({ type: 'start', runId: 1, code: program.code });
    expect(frame.workers()).toHaveLength(0);
    vi.advanceTimersByTime(50); // a warm run: the next spare comes soon
    expect(frame.workers()).toHaveLength(1);
  });

  it('gives Python its blank worker too, and ends a blank worker that may not load scripts', async () => {
    const python = relay();
    python.blank?.answer('blank-ready');
    const files = { wasm: 'w', stdlib: 's', loader: 'l', asm: 'a' };
    python.send({ type: 'python-runtime', script: 'python runtime', files });
    const [load, boot] = python.blank?.received ?? [];
    expect(await python.scriptAt((load?.data as { url: string }).url)).toBe('python runtime');
    expect(boot?.data).toMatchObject({ type: 'python-boot', module: null, wasm: 'w' });
    expect(python.workers()).toHaveLength(0);

    const refused = relay();
    refused.blank?.answer('blank-unusable');
    expect(refused.blank?.terminated).toBe(true);
    refused.send({ type: 'runtime', script: RUNTIME });
    refused.send({ type: 'run-code', runId: 1, code: program.code }, [{}]);
    expect(refused.blank?.received).toEqual([]);
    expect(await refused.script(refused.workers()[0])).toContain(RUNTIME); // a fresh worker, as before
  });
});
