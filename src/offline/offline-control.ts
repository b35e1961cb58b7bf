/**
 * The footer's offline control (OfflineControl.astro): offers the whole course with its size,
 * downloads it with a progress bar, says when it is done or why it stopped, and offers removal.
 * The work is in offline-course.ts; this module only wires it to the DOM.
 */
import {
  askManifest,
  downloadWholeCourse,
  isWholeCourseStored,
  OfflineDownloadError,
  removeWholeCourse,
  type OfflineManifest,
} from './offline-course';

export interface OfflineControlOptions {
  container: Pick<ServiceWorkerContainer, 'register' | 'ready' | 'controller'>;
  caches: Pick<CacheStorage, 'open'>;
  fetch: typeof globalThis.fetch;
  /** The site's base path: sw.js lives there. */
  base: string;
  /** `navigator.storage`: asked to keep the download when the browser runs short of space. */
  storage?: Pick<StorageManager, 'persist'> | undefined;
}

/**
 * `12.6 MB`, as both of the course's languages write it. Not Intl.NumberFormat: its first use on a
 * page loads ICU's number data, 70–120 ms of main thread on a two-core machine, and this runs while
 * every page loads; it was the longest task after a Run clicked as soon as the page worked.
 */
export function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function initOfflineControl(root: HTMLElement, options: OfflineControlOptions): void {
  const get = root.querySelector<HTMLButtonElement>('[data-offline-get]');
  const remove = root.querySelector<HTMLButtonElement>('[data-offline-remove]');
  const bar = root.querySelector<HTMLProgressElement>('[data-offline-progress]');
  const status = root.querySelector<HTMLElement>('[data-offline-status]');
  if (!get || !remove || !bar || !status) return;
  const text = (key: string, values: Record<string, string> = {}): string =>
    Object.entries(values).reduce((s, [name, value]) => s.replace(`{${name}}`, value), status.dataset[key] ?? '');
  const mb = formatMB;
  const builtBytes = Number(get.dataset['bytes']);
  const size = Number.isFinite(builtBytes) ? mb(builtBytes) : '…';
  const getLabel = (get.dataset['label'] ?? '').replace('{size}', size);
  get.textContent = getLabel;
  root.hidden = false;

  const say = (message: string, tone: 'info' | 'error' = 'info'): void => {
    status.textContent = message;
    if (tone === 'error') status.dataset['tone'] = 'error';
    else delete status.dataset['tone'];
  };
  const showStored = (manifest: OfflineManifest): void => {
    const total = manifest.files.reduce((sum, file) => sum + file.bytes, 0);
    get.hidden = true;
    remove.hidden = false;
    remove.disabled = false;
    bar.hidden = true;
    say(text('done', { size: mb(total) }));
  };

  // A returning reader who already has the course sees that, not the offer again.
  if (options.container.controller) {
    void askManifest(options.container, 3_000).then(async (manifest) => {
      if (manifest && (await isWholeCourseStored({ caches: options.caches, manifest }))) showStored(manifest);
    });
  }

  const download = async (): Promise<void> => {
    get.disabled = true;
    say('');
    // Normally registered already once the page settled (UpdatePrompt.astro); a reader who asks
    // sooner must not wait for that. Registering twice is harmless.
    await options.container.register(`${options.base}sw.js`, { scope: options.base }).catch(() => undefined);
    const manifest = await askManifest(options.container);
    if (!manifest) {
      say(text('notReady'), 'error');
      get.disabled = false;
      return;
    }
    void options.storage?.persist().catch(() => false);
    bar.hidden = false;
    try {
      await downloadWholeCourse({
        caches: options.caches,
        manifest,
        fetch: options.fetch,
        onProgress: ({ doneBytes, totalBytes }) => {
          bar.max = Math.max(totalBytes, 1);
          bar.value = doneBytes;
          say(text('progress', { done: mb(doneBytes), total: mb(totalBytes) }));
        },
      });
      showStored(manifest);
    } catch (error) {
      const kind = error instanceof OfflineDownloadError ? error.kind : 'network';
      const done = error instanceof OfflineDownloadError ? error.progress.doneBytes : 0;
      say(text(kind === 'storage' ? 'failedStorage' : 'failedNetwork', { done: mb(done) }), 'error');
      get.textContent = `${get.dataset['retry'] ?? 'Retry'} · ${getLabel}`;
      get.disabled = false;
    }
  };

  const removeCourse = async (): Promise<void> => {
    remove.disabled = true;
    const manifest = await askManifest(options.container);
    if (!manifest) {
      say(text('notReady'), 'error');
      remove.disabled = false;
      return;
    }
    await removeWholeCourse({ caches: options.caches, manifest });
    remove.hidden = true;
    get.hidden = false;
    get.disabled = false;
    get.textContent = getLabel;
    bar.hidden = true;
    bar.value = 0;
    say(text('removed'));
  };

  get.addEventListener('click', () => void download());
  remove.addEventListener('click', () => void removeCourse());
}
