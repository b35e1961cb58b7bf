import { describe, expect, it } from 'vitest';
import { createStudentStore } from './student-store';

/** A Storage in memory; with `full`, every write fails as a full quota does. */
function memoryStorage(full = false): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: () => null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
  };
}

describe('student store', () => {
  it('remembers the last name and class', () => {
    const storage = memoryStorage();
    expect(createStudentStore(storage).save({ name: '王小明', group: '3班' })).toBe(true);
    expect(createStudentStore(storage).load()).toEqual({ name: '王小明', group: '3班' });
  });

  it('says so, without throwing, when storage is full or missing', () => {
    expect(createStudentStore(memoryStorage(true)).save({ name: 'A', group: '' })).toBe(false);
    expect(createStudentStore(null).save({ name: 'A', group: '' })).toBe(false);
    expect(createStudentStore(null).load()).toBeUndefined();
  });

  it('ignores a stored value that is not what it wrote', () => {
    const storage = memoryStorage();
    storage.setItem('async-lab:student', '{"name": 7}');
    expect(createStudentStore(storage).load()).toBeUndefined();
    storage.setItem('async-lab:student', 'not json');
    expect(createStudentStore(storage).load()).toBeUndefined();
  });
});
