// Right: starts a worker of its own from slowHash's source instead of toThread (which does the same for any self-contained function).
import { sleep } from 'async-lab';

/**
 * A deliberately slow password hash: busy for `workMs` milliseconds, like a real key-derivation
 * function. Self-contained (it uses nothing from outside itself), so it can run in another thread.
 */
export function slowHash(password: string, workMs: number): string {
  const end = performance.now() + workMs;
  while (performance.now() < end) {
    // burning CPU, as a real hash would
  }
  let hash = 0x811c9dc5; // FNV-1a, so the result depends on the password only
  for (let i = 0; i < password.length; i++) {
    hash = Math.imul(hash ^ password.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Hashes `password` with 800 ms of work, without stopping the event loop. */
export async function hashPassword(password: string): Promise<string> {
  // slowHash uses nothing from outside itself, so its source is a whole program for the worker.
  const source = `const slowHash = ${slowHash.toString()};\nonmessage = (event) => postMessage(slowHash(...event.data));`;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(url);
  try {
    return await new Promise<string>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<string>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage([password, 800]);
    });
  } finally {
    worker.terminate();
    URL.revokeObjectURL(url);
  }
}

const t0 = performance.now();
let beating = true;

/** Logs a beat every 100 ms until told to stop: it shows whether the event loop is free. */
async function heartbeat() {
  for (let n = 1; beating; n++) {
    console.log(`beat ${n} at ${Math.round(performance.now() - t0)} ms`);
    await sleep(100);
  }
}

const beats = heartbeat();
const hash = await hashPassword('correct horse');
beating = false;
await beats;
console.log(`hash ${hash} at ${Math.round(performance.now() - t0)} ms`);
