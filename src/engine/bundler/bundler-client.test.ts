import { describe, expect, it } from 'vitest';
import type { BundleResult } from './bundle-types';
import type { ToBundler } from './bundler-protocol';
import { createBundler } from './bundler-client';

/** A bundler worker that answers init at once and each build when `finish()` is called. */
function fakeWorker() {
  const builds: Extract<ToBundler, { type: 'build' }>[] = [];
  const worker = {
    onmessage: null as ((event: { data: unknown }) => void) | null,
    onerror: null,
    terminate() {},
    postMessage(message: ToBundler) {
      if (message.type === 'init') queueMicrotask(() => worker.onmessage?.({ data: { type: 'ready' } }));
      else builds.push(message);
    },
  };
  const finish = (index: number): void => {
    const build = builds[index];
    if (!build) throw new Error(`no build ${index}`);
    const result: BundleResult = { ok: true, code: `// ${build.files['main.ts'] ?? ''}`, buildMs: 1 };
    worker.onmessage?.({ data: { type: 'result', id: build.id, result } });
  };
  return { worker: worker as unknown as Worker, builds, finish };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createBundler', () => {
  it('lets a Run wait for the build the typing started, instead of building again', async () => {
    const fake = fakeWorker();
    const bundler = createBundler(() => fake.worker, 'esbuild.wasm');
    const prepared = bundler.bundle({ 'main.ts': 'one' });
    await tick();
    const run = bundler.bundle({ 'main.ts': 'one' }, new AbortController().signal);
    await tick();
    expect(fake.builds).toHaveLength(1);
    fake.finish(0);
    expect(await run).toEqual(await prepared);
    // And a later Run of the same code finds it finished.
    expect(await bundler.bundle({ 'main.ts': 'one' })).toEqual(await prepared);
    expect(fake.builds).toHaveLength(1);
  });

  it('builds again for other code', async () => {
    const fake = fakeWorker();
    const bundler = createBundler(() => fake.worker, 'esbuild.wasm');
    const first = bundler.bundle({ 'main.ts': 'one' });
    await tick();
    const second = bundler.bundle({ 'main.ts': 'two' });
    await tick();
    expect(fake.builds.map((b) => b.files['main.ts'])).toEqual(['one', 'two']);
    fake.finish(0);
    fake.finish(1);
    expect(await first).toMatchObject({ code: '// one' });
    expect(await second).toMatchObject({ code: '// two' });
  });

  it('a Stop abandons only its own wait; the build still serves the next Run', async () => {
    const fake = fakeWorker();
    const bundler = createBundler(() => fake.worker, 'esbuild.wasm');
    const controller = new AbortController();
    const stopped = bundler.bundle({ 'main.ts': 'one' }, controller.signal);
    await tick();
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(stopped).rejects.toThrow('stopped');
    fake.finish(0);
    expect(await bundler.bundle({ 'main.ts': 'one' })).toMatchObject({ code: '// one' });
    expect(fake.builds).toHaveLength(1);
  });
});
