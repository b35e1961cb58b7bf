import type { ExerciseProgress, Progress } from '../../schemas/progress';

/** Keep in step with PROGRESS_VERSION in schemas/progress.ts (that module pulls in zod; see load()). */
const PROGRESS_VERSION = 1;

/** Every key the site writes starts with this; saved code is under CODE_PREFIX (saved-code.ts). */
export const KEY_PREFIX = 'async-lab:';
const PROGRESS_KEY = `${KEY_PREFIX}progress`;
const CODE_PREFIX = `${KEY_PREFIX}code:`;
/** Preferences, not progress: "Reset everything" leaves the theme and the language alone. */
const PREFERENCE_KEYS = new Set([`${KEY_PREFIX}theme`, `${KEY_PREFIX}locale`]);

/** What the outline and the exercise list show. */
export interface ProgressSnapshot {
  exercises: Record<string, ExerciseProgress>;
  playgrounds: Record<string, { ran?: string | undefined }>;
  /** Storage keys with saved (edited) code, e.g. "gather/order", "exercise/concurrent-fetches". */
  edited: string[];
}

export type ImportResult =
  | { ok: true; exercises: number; code: number }
  | { ok: false; reason: 'not-json' | 'not-progress' | 'invalid'; detail: string };

function keysOf(storage: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null) keys.push(key);
  }
  return keys;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What this site stored itself, read back without a schema library: anything that does not have
 * the shape it wrote is dropped, entry by entry, rather than trusted.
 */
function readStored(json: unknown): Progress {
  const progress = empty();
  if (!isObj(json) || json['format'] !== 'async-lab-progress' || json['version'] !== PROGRESS_VERSION) return progress;
  if (isObj(json['exercises'])) {
    for (const [slug, entry] of Object.entries(json['exercises'])) {
      if (
        isObj(entry) &&
        (entry['status'] === 'attempted' || entry['status'] === 'passed') &&
        typeof entry['at'] === 'string'
      ) {
        progress.exercises[slug] = { status: entry['status'], at: entry['at'] };
      }
    }
  }
  if (isObj(json['playgrounds'])) {
    for (const [key, entry] of Object.entries(json['playgrounds'])) {
      if (isObj(entry)) progress.playgrounds[key] = typeof entry['ran'] === 'string' ? { ran: entry['ran'] } : {};
    }
  }
  return progress;
}

const empty = (): Progress => ({
  format: 'async-lab-progress',
  version: PROGRESS_VERSION,
  exercises: {},
  playgrounds: {},
  code: {},
});

/**
 * The learner's progress in localStorage: exercise status, which lesson playgrounds ran, and (through
 * the saved-code keys) what they edited. `storage` is passed in and may be null; every access is
 * guarded, because progress is a convenience that must never break a page.
 */
export function createProgressStore(storage: Storage | null, now: () => Date = () => new Date()) {
  function load(): Progress {
    try {
      const raw = storage?.getItem(PROGRESS_KEY);
      if (!raw) return empty();
      return readStored(JSON.parse(raw));
    } catch {
      return empty();
    }
  }

  function save(progress: Progress): boolean {
    try {
      storage?.setItem(PROGRESS_KEY, JSON.stringify({ ...progress, code: {} }));
      return storage !== null;
    } catch {
      return false;
    }
  }

  function codeKeys(): string[] {
    try {
      return storage ? keysOf(storage).filter((k) => k.startsWith(CODE_PREFIX)) : [];
    } catch {
      return [];
    }
  }

  return {
    snapshot(): ProgressSnapshot {
      const { exercises, playgrounds } = load();
      return { exercises, playgrounds, edited: codeKeys().map((k) => k.slice(CODE_PREFIX.length)) };
    },

    /** A Check finished. Passing is for good: a later failed attempt does not undo it. */
    recordCheck(slug: string, passed: boolean): boolean {
      const progress = load();
      const before = progress.exercises[slug];
      if (before?.status === 'passed' && !passed) return true;
      progress.exercises[slug] = { status: passed ? 'passed' : 'attempted', at: now().toISOString() };
      return save(progress);
    },

    recordRun(playgroundKey: string): boolean {
      const progress = load();
      progress.playgrounds[playgroundKey] = { ran: now().toISOString() };
      return save(progress);
    },

    /** Everything, saved code included, as the JSON file "Export" downloads. */
    exportProgress(): Progress {
      const progress = load();
      const code: Record<string, string> = {};
      for (const key of codeKeys()) {
        const value = storage?.getItem(key);
        if (value != null) code[key.slice(CODE_PREFIX.length)] = value;
      }
      return { ...progress, exportedAt: now().toISOString(), code };
    },

    /**
     * Merges a progress file into what is here: a passed exercise stays passed, the file's code
     * replaces code saved under the same key, and nothing else is removed.
     */
    async importProgress(text: string): Promise<ImportResult> {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        return { ok: false, reason: 'not-json', detail: error instanceof Error ? error.message : String(error) };
      }
      if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== 'async-lab-progress') {
        return { ok: false, reason: 'not-progress', detail: 'the file has no "format": "async-lab-progress"' };
      }
      // zod is loaded only here, for a file the reader chose: lesson pages read progress on every
      // visit and must not carry a schema library for data this site wrote itself.
      const [{ progressSchema }, { zodWithoutEval }] = await Promise.all([
        import('../../schemas/progress'),
        import('../../schemas/zod'),
      ]);
      zodWithoutEval();
      const parsed = progressSchema.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return {
          ok: false,
          reason: 'invalid',
          detail: issue ? `${issue.path.join('.') || '(file)'}: ${issue.message}` : 'invalid',
        };
      }
      const progress = load();
      for (const [slug, entry] of Object.entries(parsed.data.exercises)) {
        const mine = progress.exercises[slug];
        if (mine?.status !== 'passed' || entry.status === 'passed') progress.exercises[slug] = entry;
      }
      Object.assign(progress.playgrounds, parsed.data.playgrounds);
      try {
        for (const [key, code] of Object.entries(parsed.data.code)) storage?.setItem(CODE_PREFIX + key, code);
      } catch (error) {
        return { ok: false, reason: 'invalid', detail: `storage refused the code: ${String(error)}` };
      }
      save(progress);
      return {
        ok: true,
        exercises: Object.keys(parsed.data.exercises).length,
        code: Object.keys(parsed.data.code).length,
      };
    },

    /** Removes every async-lab key but the theme and language preferences; returns how many. */
    resetAll(): number {
      if (!storage) return 0;
      try {
        const doomed = keysOf(storage).filter((k) => k.startsWith(KEY_PREFIX) && !PREFERENCE_KEYS.has(k));
        for (const key of doomed) storage.removeItem(key);
        return doomed.length;
      } catch {
        return 0;
      }
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
