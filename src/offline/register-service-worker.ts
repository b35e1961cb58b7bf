/**
 * Registers the site's service worker (src/offline/service-worker.js, built into <base>sw.js) and
 * reports when a new version has been downloaded and is waiting. Browser objects are passed in so
 * the flow can be tested with fakes; where service workers do not exist (old browsers, some private
 * modes, a browser policy) nothing happens and the site works online as before.
 */

/** The parts of ServiceWorkerContainer this module uses. */
export type WorkerContainer = Pick<ServiceWorkerContainer, 'register' | 'controller' | 'addEventListener'>;

export interface RegisterOptions {
  /** `navigator.serviceWorker`, or undefined where the API is missing. */
  container: WorkerContainer | undefined;
  /** The site's base path, e.g. `/` or `/async-lab/`: sw.js lives there and controls that scope. */
  base: string;
  /** Called once a new version is installed and waiting; `apply` activates it (the page then reloads). */
  onUpdateReady(apply: () => void): void;
  /** Reloads the page once the new version has taken over. */
  reload(): void;
}

export async function registerServiceWorker(options: RegisterOptions): Promise<ServiceWorkerRegistration | undefined> {
  const { container, base } = options;
  if (!container) return undefined;
  let registration: ServiceWorkerRegistration | undefined;
  try {
    registration = await container.register(`${base}sw.js`, { scope: base });
  } catch {
    // Blocked (policy, storage disabled) or sw.js missing (a dev server): the site works online.
    return undefined;
  }
  // Some blockers (Playwright's serviceWorkers: 'block', for one) resolve with nothing at all.
  if (!registration) return undefined;

  let applying = false;
  const offer = (worker: ServiceWorker): void => {
    options.onUpdateReady(() => {
      applying = true;
      worker.postMessage({ type: 'skip-waiting' });
    });
  };
  // Only a page that already has a controller is looking at an older version. On a first visit
  // the new worker takes over by itself (clients.claim) and there is nothing to reload for.
  container.addEventListener('controllerchange', () => {
    if (applying) options.reload();
  });
  if (registration.waiting && container.controller) offer(registration.waiting);
  const current = registration;
  registration.addEventListener('updatefound', () => {
    const worker = current.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && container.controller) offer(worker);
    });
  });
  return registration;
}
