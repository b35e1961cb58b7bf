/** The name a student last submitted under, so the next submission starts filled in. */
export interface RememberedStudent {
  name: string;
  group: string;
}

export interface StudentStore {
  load(): RememberedStudent | undefined;
  /** False when the browser would not keep it (blocked, full): submitting goes on regardless. */
  save(student: RememberedStudent): boolean;
}

const KEY = 'async-lab:student';

/**
 * Keeps the student's name and class in localStorage. `storage` may be null (blocked); every access
 * is guarded, and a stored value is read defensively since anything on the origin can write it.
 */
export function createStudentStore(storage: Storage | null): StudentStore {
  return {
    load() {
      try {
        const data = JSON.parse(storage?.getItem(KEY) ?? 'null') as unknown;
        if (typeof data !== 'object' || data === null) return undefined;
        const { name, group } = data as Record<string, unknown>;
        if (typeof name !== 'string') return undefined;
        return { name, group: typeof group === 'string' ? group : '' };
      } catch {
        return undefined;
      }
    },
    save(student) {
      try {
        if (!storage) return false;
        storage.setItem(KEY, JSON.stringify({ name: student.name, group: student.group }));
        return true;
      } catch {
        return false;
      }
    },
  };
}
