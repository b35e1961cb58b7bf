/**
 * "Make the whole course available offline": downloads every file the first visit did not precache
 * (the editor, the compiler, Python, the search index) into the service worker's cache, with
 * progress, and removes them again. The page does the downloading, not the service worker: a page
 * can report progress and errors as they happen and is not stopped after a few minutes of work.
 * What was stored stays stored when a download fails, so a retry fetches only what is missing. The
 * list of files comes from the active service worker, so it always matches the version in charge.
 * Browser objects are passed in, so the flow is tested with fakes (offline-course.test.ts).
 */

/** What the service worker answers to `{ type: 'offline-manifest' }` (src/offline/service-worker.js). */
export interface OfflineManifest {
  /** The cache the service worker reads from. */
  cache: string;
  /** The URL of the entry that records a complete download. */
  marker: string;
  /** Every file that is not precached, with the bytes a server sends for it. */
  files: { url: string; bytes: number }[];
}

/** Marks the downloads this module makes, so the service worker does not store them a second time. */
export const OFFLINE_DOWNLOAD_HEADER = 'x-async-lab-offline';

/** Downloads at a time: enough to fill a connection, few enough to leave the reader's own requests room. */
const CONCURRENCY = 3;

export interface Progress {
  doneBytes: number;
  totalBytes: number;
}

/** Why a download stopped; what was stored stays stored. */
export class OfflineDownloadError extends Error {
  constructor(
    readonly kind: 'network' | 'storage' | 'aborted',
    readonly progress: Progress,
    options?: ErrorOptions,
  ) {
    super(`offline download stopped (${kind})`, options);
  }
}

export interface CourseCache {
  caches: Pick<CacheStorage, 'open'>;
  manifest: OfflineManifest;
}

/** Total bytes of the whole course's remaining files, as listed by the service worker. */
export const totalBytes = (manifest: OfflineManifest): number =>
  manifest.files.reduce((sum, file) => sum + file.bytes, 0);

/** True when an earlier download completed (in this version, or carried over by an update). */
export async function isWholeCourseStored({ caches, manifest }: CourseCache): Promise<boolean> {
  const cache = await caches.open(manifest.cache);
  return (await cache.match(manifest.marker)) !== undefined;
}

const isQuotaError = (error: unknown): boolean =>
  error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);

/**
 * Downloads every file not yet in the cache, then records that the course is complete. Rejects
 * with an OfflineDownloadError when the network fails, the disk is full or `signal` aborts.
 */
export async function downloadWholeCourse({
  caches,
  manifest,
  fetch,
  signal,
  onProgress,
}: CourseCache & {
  fetch: typeof globalThis.fetch;
  signal?: AbortSignal;
  onProgress(progress: Progress): void;
}): Promise<void> {
  const cache = await caches.open(manifest.cache);
  const progress: Progress = { doneBytes: 0, totalBytes: totalBytes(manifest) };
  const queue = [...manifest.files];
  let failure: OfflineDownloadError | undefined;
  const fail = (kind: OfflineDownloadError['kind'], cause: unknown): void => {
    failure ??= new OfflineDownloadError(kind, { ...progress }, { cause });
  };
  const one = async (file: OfflineManifest['files'][number]): Promise<void> => {
    if (!(await cache.match(file.url))) {
      let response: Response;
      try {
        response = await fetch(file.url, {
          headers: { [OFFLINE_DOWNLOAD_HEADER]: '1' },
          ...(signal ? { signal } : {}),
        });
      } catch (error) {
        return fail(signal?.aborted ? 'aborted' : 'network', error);
      }
      if (!response.ok) return fail('network', new Error(`HTTP ${response.status} for ${file.url}`));
      try {
        await cache.put(file.url, response);
      } catch (error) {
        return fail(isQuotaError(error) ? 'storage' : signal?.aborted ? 'aborted' : 'network', error);
      }
    }
    progress.doneBytes += file.bytes;
    onProgress({ ...progress });
  };
  const worker = async (): Promise<void> => {
    for (let file = queue.shift(); file && !failure; file = queue.shift()) await one(file);
  };
  onProgress({ ...progress });
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  if (failure) throw failure;
  try {
    await cache.put(manifest.marker, new Response(JSON.stringify({ at: Date.now() })));
  } catch (error) {
    throw new OfflineDownloadError(isQuotaError(error) ? 'storage' : 'network', { ...progress }, { cause: error });
  }
}

/**
 * Removes the whole-course download, the marker first (a removal cut short never leaves the course
 * claimed complete). The precached pages stay: every lesson still reads offline.
 */
export async function removeWholeCourse({ caches, manifest }: CourseCache): Promise<void> {
  const cache = await caches.open(manifest.cache);
  await cache.delete(manifest.marker);
  await Promise.all(manifest.files.map((file) => cache.delete(file.url)));
}

/**
 * Asks the active service worker for its manifest; undefined when there is none (blocked, or not
 * installed yet after `timeoutMs`).
 */
export async function askManifest(
  container: Pick<ServiceWorkerContainer, 'ready'>,
  timeoutMs = 10_000,
): Promise<OfflineManifest | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs));
  const registration = await Promise.race([container.ready, timeout]);
  const worker = registration?.active;
  if (!worker) return undefined;
  const channel = new MessageChannel();
  const answer = new Promise<OfflineManifest | undefined>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<unknown>) => resolve(parseManifest(event.data));
  });
  worker.postMessage({ type: 'offline-manifest' }, [channel.port2]);
  const result = await Promise.race([answer, timeout]);
  channel.port1.close();
  return result;
}

/** Checks the service worker's answer (an older sw.js has no such message and never answers). */
export function parseManifest(data: unknown): OfflineManifest | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { cache, marker, files } = data as Record<string, unknown>;
  if (typeof cache !== 'string' || typeof marker !== 'string' || !Array.isArray(files)) return undefined;
  const valid = files.every(
    (file: unknown) =>
      typeof file === 'object' &&
      file !== null &&
      typeof (file as { url?: unknown }).url === 'string' &&
      typeof (file as { bytes?: unknown }).bytes === 'number',
  );
  return valid ? { cache, marker, files: files as OfflineManifest['files'] } : undefined;
}
