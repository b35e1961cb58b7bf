import { describe, expect, it } from 'vitest';
import { createCodeStore } from './saved-code';

class MemoryStorage implements Storage {
  private data = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  setItem(key: string, value: string): void {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

describe('createCodeStore', () => {
  it('saves, loads and removes code per key', () => {
    const store = createCodeStore(new MemoryStorage());
    expect(store.save('gather/a', 'x')).toEqual({ ok: true });
    expect(store.load('gather/a')).toBe('x');
    expect(store.load('gather/b')).toBeNull();
    store.remove('gather/a');
    expect(store.load('gather/a')).toBeNull();
  });

  it('reports full storage instead of throwing', () => {
    const store = createCodeStore(new MemoryStorage(3));
    expect(store.save('k', 'too long')).toEqual({ ok: false, reason: 'full' });
  });

  it('works without storage at all', () => {
    const store = createCodeStore(null);
    expect(store.save('k', 'x')).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.load('k')).toBeNull();
  });

  it('survives storage that throws on every access', () => {
    const hostile = new MemoryStorage();
    hostile.getItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    hostile.setItem = hostile.getItem;
    const store = createCodeStore(hostile);
    expect(store.load('k')).toBeNull();
    expect(store.save('k', 'x')).toEqual({ ok: false, reason: 'error' });
  });
});
