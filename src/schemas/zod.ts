import { z } from 'astro/zod';

/** zod, for every schema here. */
export { z };

/**
 * The site's Content-Security-Policy forbids eval. Without this, zod probes `new Function` on its
 * first parse in the page and every probe is a CSP violation. Called by the page code right before
 * it parses (not at import time, so modules that merely import a schema stay side-effect free and
 * lesson pages that never parse do not carry zod).
 */
export function zodWithoutEval(): void {
  z.config({ jitless: true });
}
