/** Why a save did not happen; the UI shows a warning and editing goes on. */
export type SaveResult = { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'error' };

export interface CodeStore {
  load(key: string): string | null;
  save(key: string, code: string): SaveResult;
  remove(key: string): void;
}

const PREFIX = 'async-lab:code:';

/**
 * Per-playground edits in localStorage. `storage` is passed in (STYLE: pass browser globals) and may
 * be null where the browser blocks it. Every call is guarded: storage can throw on access (blocked
 * cookies), on write (quota) or be swapped out, and a failure here must never lose the learner's
 * code in the editor.
 */
export function createCodeStore(storage: Storage | null): CodeStore {
  return {
    load(key) {
      try {
        return storage?.getItem(PREFIX + key) ?? null;
      } catch {
        return null;
      }
    },
    save(key, code) {
      if (!storage) return { ok: false, reason: 'unavailable' };
      try {
        storage.setItem(PREFIX + key, code);
        return { ok: true };
      } catch (error) {
        const name = error instanceof DOMException ? error.name : '';
        return { ok: false, reason: name === 'QuotaExceededError' ? 'full' : 'error' };
      }
    },
    remove(key) {
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        // Nothing to do: the original code is shown either way.
      }
    },
  };
}

/** localStorage, or null when merely touching it throws (some privacy modes). */
export function browserStorage(win: Pick<Window, 'localStorage'>): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}
