import { z } from 'astro/zod';

// The site's Content-Security-Policy forbids eval. Without this, zod probes `new Function` on its
// first parse in the page (progress files, assignment links) and every probe is a CSP violation.
z.config({ jitless: true });

/** zod, configured for the page. Every schema imports it from here. */
export { z };
