import type { Page } from '@playwright/test';

/** Resolves once the service worker has installed (its precache is complete) and controls the page. */
export async function waitUntilOfflineReady(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready; // an active worker: install, and so the precache, succeeded
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
    const names = (await caches.keys()).filter((name) =>
      name.startsWith(`async-lab:${new URL(registration.scope).pathname}:`),
    );
    const cache = await caches.open(names[0] ?? 'none');
    return (await cache.keys()).length;
  });
}
