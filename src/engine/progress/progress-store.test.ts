import { describe, expect, it } from 'vitest';
import { createProgressStore } from './progress-store';

/** A Map-backed Storage: enough of the Web Storage API for the store. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const clock = () => new Date('2026-01-02T03:04:05.000Z');

describe('createProgressStore', () => {
  it('records attempts and passes, and a pass is not undone by a later failure', () => {
    const store = createProgressStore(memoryStorage(), clock);
    store.recordCheck('a', false);
    expect(store.snapshot().exercises['a']).toEqual({ status: 'attempted', at: '2026-01-02T03:04:05.000Z' });
    store.recordCheck('a', true);
    store.recordCheck('a', false);
    expect(store.snapshot().exercises['a']?.status).toBe('passed');
  });

  it('lists runs and edited code', () => {
    const storage = memoryStorage({ 'async-lab:code:gather/order': 'x', 'other:key': 'y' });
    const store = createProgressStore(storage, clock);
    store.recordRun('gather/order');
    expect(store.snapshot()).toMatchObject({
      playgrounds: { 'gather/order': { ran: '2026-01-02T03:04:05.000Z' } },
      edited: ['gather/order'],
    });
  });

  it('exports and imports a round trip, code included', async () => {
    const from = createProgressStore(memoryStorage({ 'async-lab:code:exercise/a': 'let a = 1;' }), clock);
    from.recordCheck('a', true);
    const file = JSON.stringify(from.exportProgress());
    const storage = memoryStorage();
    const to = createProgressStore(storage, clock);
    expect(await to.importProgress(file)).toEqual({ ok: true, exercises: 1, code: 1 });
    expect(to.snapshot().exercises['a']?.status).toBe('passed');
    expect(storage.getItem('async-lab:code:exercise/a')).toBe('let a = 1;');
  });

  it('refuses files that are not JSON, not progress, or malformed, and changes nothing', async () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage, clock);
    expect(await store.importProgress('{nope')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(await store.importProgress('{"hello":1}')).toMatchObject({ ok: false, reason: 'not-progress' });
    const bad = await store.importProgress(
      JSON.stringify({ format: 'async-lab-progress', version: 1, exercises: { a: { status: 'done', at: 'x' } } }),
    );
    expect(bad).toMatchObject({ ok: false, reason: 'invalid', detail: expect.stringContaining('exercises.a.status') });
    expect(storage.length).toBe(0);
  });

  it('keeps a pass when an imported file says attempted', async () => {
    const store = createProgressStore(memoryStorage(), clock);
    store.recordCheck('a', true);
    await store.importProgress(
      JSON.stringify({
        format: 'async-lab-progress',
        version: 1,
        exercises: { a: { status: 'attempted', at: '2026-01-01T00:00:00Z' } },
      }),
    );
    expect(store.snapshot().exercises['a']?.status).toBe('passed');
  });

  it('resets every async-lab key but the theme and language', () => {
    const storage = memoryStorage({
      'async-lab:theme': 'dark',
      'async-lab:locale': 'en',
      'async-lab:code:x/y': 'z',
      unrelated: '1',
    });
    const store = createProgressStore(storage, clock);
    store.recordCheck('a', true);
    expect(store.resetAll()).toBe(2);
    expect(storage.getItem('async-lab:theme')).toBe('dark');
    expect(storage.getItem('unrelated')).toBe('1');
    expect(store.snapshot()).toEqual({ exercises: {}, playgrounds: {}, edited: [] });
  });

  it('works without storage', () => {
    const store = createProgressStore(null, clock);
    expect(store.recordCheck('a', true)).toBe(false);
    expect(store.snapshot().exercises).toEqual({});
    expect(store.resetAll()).toBe(0);
  });
});
