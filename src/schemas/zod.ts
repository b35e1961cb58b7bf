import { z } from 'astro/zod';

/**
 * The site's Content-Security-Policy forbids eval, and zod probes `new Function` when it builds an
 * object schema (not only on its first parse), so the probe would run while the schema modules load,
 * before any parse, and every probe is a CSP violation. Every schema imports `z` from here, so this
 * module is evaluated first and the setting is in place before any schema exists.
 */
z.config({ jitless: true });

/** zod, for every schema here. */
export { z };

/** Kept for callers that parse: the setting above is already in place (idempotent). */
export function zodWithoutEval(): void {
  z.config({ jitless: true });
}
