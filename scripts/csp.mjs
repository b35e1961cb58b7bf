// @ts-check
/**
 * The site's Content-Security-Policy, one directive per line with the reason for it. docs/deploy.md
 * ("Content Security Policy") explains the same list for people who host the site.
 *
 * It is delivered as a <meta http-equiv> in every page (a static host cannot be relied on to send
 * headers), so the directives a meta tag ignores (frame-ancestors, report-uri, sandbox) are absent.
 * The sandbox iframe is a srcdoc document: it inherits this policy, and so does the Blob worker it
 * starts for each run. That is why the relay's hash, blob: workers and scripts, and https: fetches
 * appear here.
 *
 * @param {{ scriptHashes: Iterable<string> }} options `'sha256-…'` sources for inline scripts
 * @returns {string}
 */
export function contentSecurityPolicy({ scriptHashes }) {
  const hashes = [...new Set(scriptHashes)].sort();
  return [
    // Everything not listed below: only the site's own files.
    "default-src 'self'",
    // No 'unsafe-inline', no 'unsafe-eval': the site's own bundles, plus each inline script by hash
    // (the theme script, Astro's small inlined modules, the sandbox relay). 'wasm-unsafe-eval' lets
    // WebAssembly compile (esbuild-wasm when a host also sends this policy as a header to workers,
    // and Pagefind's search index, which runs in the page); it does not allow eval() of JavaScript.
    // blob: lets the sandbox's spare worker, which evaluated the runtime before Run was clicked,
    // load the learner's code with importScripts of a blob: URL it made itself. Only code that
    // already runs can mint a blob: URL, and the learner's code already runs in that worker.
    ["script-src 'self' 'wasm-unsafe-eval' blob:", ...hashes].join(' '),
    // Monaco injects <style> elements and style attributes at run time; their text is not known
    // when the page is built, so hashes cannot cover them. Styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // The bundler and Monaco's workers are files of the site ('self'); each run of learner code is
    // a Blob worker started by the sandbox frame (blob:), and toThread starts nested Blob workers.
    "worker-src 'self' blob:",
    // The sandbox is an about:srcdoc frame, which is not fetched, so frame-src does not apply to it.
    "frame-src 'self'",
    // Monaco draws its error and warning squiggles as data: SVG images; its icon font is a file.
    "img-src 'self' data:",
    "font-src 'self'",
    // The page fetches only its own files. Learner code may fetch real https: URLs (the lessons say
    // so: everything but httpbin.org goes to the network); it runs in the sandbox's Blob worker,
    // which inherits this policy, so https: must be allowed here for that to work.
    "connect-src 'self' https:",
    // Nothing on the site submits a form, embeds a plugin or needs another <base>.
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}
