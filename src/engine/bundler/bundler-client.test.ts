import { describe, expect, it, vi } from 'vitest';
import { type BundleResult, bundleKey } from './bundle-types';
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

/** Leaves every build to esbuild's worker, as the quick path does with what it cannot take. */
const noQuick = () => Promise.resolve(() => null);

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createBundler', () => {
  it('lets a Run wait for the build the typing started, instead of building again', async () => {
    const fake = fakeWorker();
    const bundler = createBundler(() => fake.worker, 'esbuild.wasm', { loadQuick: noQuick });
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
    const bundler = createBundler(() => fake.worker, 'esbuild.wasm', { loadQuick: noQuick });
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
    const bundler = createBundler(() => fake.worker, 'esbuild.wasm', { loadQuick: noQuick });
    const controller = new AbortController();
    const stopped = bundler.bundle({ 'main.ts': 'one' }, controller.signal);
    await tick();
    controller.abort(new DOMException('stopped', 'AbortError'));
    await expect(stopped).rejects.toThrow('stopped');
    fake.finish(0);
    expect(await bundler.bundle({ 'main.ts': 'one' })).toMatchObject({ code: '// one' });
    expect(fake.builds).toHaveLength(1);
  });

  describe('a prebuilt bundle', () => {
    const files = { 'main.ts': 'one' };
    const prebuilt = (body: unknown, status = 200) => {
      const urls: string[] = [];
      const fetch = (url: string) => {
        urls.push(url);
        return Promise.resolve(new Response(JSON.stringify(body), { status }));
      };
      return { urls, fetch };
    };

    it('serves unedited code without starting the compiler', async () => {
      let started = 0;
      const fake = fakeWorker();
      const served = prebuilt({ key: bundleKey(files), ok: true, code: '// built at build time' });
      const bundler = createBundler(() => (started++, fake.worker), 'esbuild.wasm', {
        fetchPrebuilt: served.fetch,
        loadQuick: noQuick,
      });
      expect(await bundler.bundle(files, undefined, '/p/1.json')).toEqual({
        ok: true,
        code: '// built at build time',
        buildMs: 0,
      });
      expect(started).toBe(0);
      expect(served.urls).toEqual(['/p/1.json']);
    });

    it('is fetched once: a preload on intent serves the Run that follows', async () => {
      const fake = fakeWorker();
      const served = prebuilt({ key: bundleKey(files), ok: true, code: '// once' });
      const bundler = createBundler(() => fake.worker, 'esbuild.wasm', {
        fetchPrebuilt: served.fetch,
        loadQuick: noQuick,
      });
      bundler.preload(files, '/p/1.json');
      await bundler.bundle(files, new AbortController().signal, '/p/1.json');
      expect(served.urls).toHaveLength(1);
    });

    it('keeps a build error, so a broken example shows its diagnostics without a compiler', async () => {
      const diagnostics = [
        { file: 'main.ts', line: 2, column: 3, endColumn: 4, message: 'x', lineText: '', kind: 'syntax' },
      ];
      const served = prebuilt({ key: bundleKey(files), ok: false, diagnostics });
      const bundler = createBundler(() => fakeWorker().worker, 'esbuild.wasm', {
        fetchPrebuilt: served.fetch,
        loadQuick: noQuick,
      });
      expect(await bundler.bundle(files, undefined, '/p/1.json')).toEqual({ ok: false, diagnostics, buildMs: 0 });
    });

    it.each([
      ['missing', prebuilt('not found', 404)],
      ['made from other files', prebuilt({ key: bundleKey({ 'main.ts': 'two' }), ok: true, code: '// two' })],
      ['not a bundle', prebuilt({ key: bundleKey(files), ok: true })],
    ])('that is %s is not used: the compiler builds the files', async (_, served) => {
      const fake = fakeWorker();
      const bundler = createBundler(() => fake.worker, 'esbuild.wasm', {
        fetchPrebuilt: served.fetch,
        loadQuick: noQuick,
      });
      const result = bundler.bundle(files, undefined, '/p/1.json');
      await vi.waitFor(() => expect(fake.builds).toHaveLength(1));
      fake.finish(0);
      expect(await result).toMatchObject({ ok: true, code: '// one' });
    });

    it('that cannot be fetched (offline) is not used either', async () => {
      const fake = fakeWorker();
      const bundler = createBundler(() => fake.worker, 'esbuild.wasm', {
        fetchPrebuilt: () => Promise.reject(new TypeError('Failed to fetch')),
        loadQuick: noQuick,
      });
      const result = bundler.bundle(files, undefined, '/p/1.json');
      await vi.waitFor(() => expect(fake.builds).toHaveLength(1));
      fake.finish(0);
      expect(await result).toMatchObject({ code: '// one' });
    });
  });

  it('a compiler that fails to load fails the Run, and the next Run tries again', async () => {
    let attempts = 0;
    const failing = {
      onmessage: null as ((event: { data: unknown }) => void) | null,
      onerror: null,
      terminate() {},
      postMessage() {
        attempts += 1;
        queueMicrotask(() => failing.onmessage?.({ data: { type: 'init-error', message: 'no wasm' } }));
      },
    };
    const bundler = createBundler(() => failing as unknown as Worker, 'esbuild.wasm', { loadQuick: noQuick });
    await expect(bundler.bundle({ 'main.ts': 'one' })).rejects.toThrow('no wasm');
    await expect(bundler.bundle({ 'main.ts': 'one' })).rejects.toThrow('no wasm');
    expect(attempts).toBe(2);
  });

  describe('the quick path', () => {
    const quickResult: BundleResult = { ok: true, code: '// quick', buildMs: 0 };

    it('builds a lone main.ts in the page: no worker, no esbuild', async () => {
      let started = 0;
      let loads = 0;
      const bundler = createBundler(() => (started++, fakeWorker().worker), 'esbuild.wasm', {
        loadQuick: () => (loads++, Promise.resolve(() => quickResult)),
      });
      await bundler.warm({ 'main.ts': 'one' });
      expect(await bundler.bundle({ 'main.ts': 'two' })).toBe(quickResult);
      expect(await bundler.bundle({ 'main.ts': 'three' })).toBe(quickResult);
      expect([started, loads]).toEqual([0, 1]);
    });

    it('leaves to esbuild what it declines, and never sees files other than TypeScript', async () => {
      const fake = fakeWorker();
      const seen: string[] = [];
      const bundler = createBundler(() => fake.worker, 'esbuild.wasm', {
        loadQuick: () => Promise.resolve((files) => (seen.push(files['main.ts'] ?? Object.keys(files).join()), null)),
      });
      const declined = bundler.bundle({ 'main.ts': 'namespace N {}' });
      await vi.waitFor(() => expect(fake.builds).toHaveLength(1));
      fake.finish(0);
      expect(await declined).toMatchObject({ code: '// namespace N {}' });
      const exercise = bundler.bundle({ 'main.ts': 'one', 'checks.ts': '' });
      await vi.waitFor(() => expect(fake.builds).toHaveLength(2));
      fake.finish(1);
      await exercise;
      const notTypeScript = bundler.bundle({ 'main.ts': 'two', 'data.json': '{}' });
      await vi.waitFor(() => expect(fake.builds).toHaveLength(3));
      fake.finish(2);
      await notTypeScript;
      // Its own warm-up build as it loaded, then the lone main.ts and the exercise, never the JSON.
      expect(seen).toEqual([expect.stringContaining('await sleep(ms)'), 'namespace N {}', 'one']);
    });

    it('that throws leaves the build to esbuild', async () => {
      const fake = fakeWorker();
      const bundler = createBundler(() => fake.worker, 'esbuild.wasm', {
        loadQuick: () =>
          Promise.resolve(() => {
            throw new Error('a bug');
          }),
      });
      const result = bundler.bundle({ 'main.ts': 'one' });
      await vi.waitFor(() => expect(fake.builds).toHaveLength(1));
      fake.finish(0);
      expect(await result).toMatchObject({ code: '// one' });
    });

    it('warms esbuild, not the quick path, for files it cannot take or none', async () => {
      let started = 0;
      let loads = 0;
      const bundler = createBundler(() => (started++, fakeWorker().worker), 'esbuild.wasm', {
        loadQuick: () => (loads++, Promise.resolve(() => quickResult)),
      });
      // An exercise's checks and a learner's helpers are TypeScript files beside main.ts: quick.
      expect([
        bundler.compilerFor({ 'main.ts': '' }),
        bundler.compilerFor({ 'main.ts': '', 'checks.ts': '' }),
        bundler.compilerFor({ 'main.ts': '', 'helpers.ts': '' }),
      ]).toEqual(['quick', 'quick', 'quick']);
      await bundler.warm({ 'main.ts': '', 'data.json': '' });
      await bundler.warm();
      expect([
        bundler.compilerFor({ 'main.ts': '', 'data.json': '' }),
        bundler.compilerFor({ 'helpers.ts': '' }),
        bundler.compilerFor(),
      ]).toEqual(['esbuild', 'esbuild', 'esbuild']);
      expect([started, loads]).toEqual([1, 0]);
    });

    it('when its chunk cannot be loaded, esbuild builds, and the next build tries the chunk again', async () => {
      const fake = fakeWorker();
      let loads = 0;
      const bundler = createBundler(() => fake.worker, 'esbuild.wasm', {
        loadQuick: () =>
          ++loads === 1 ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve(() => quickResult),
      });
      const first = bundler.bundle({ 'main.ts': 'one' });
      await vi.waitFor(() => expect(fake.builds).toHaveLength(1));
      fake.finish(0);
      expect(await first).toMatchObject({ code: '// one' });
      expect(await bundler.bundle({ 'main.ts': 'two' })).toBe(quickResult);
      expect(loads).toBe(2);
    });
  });
});
