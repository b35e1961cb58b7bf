// A static server for the built site, used by `npm start` and by the e2e suite.
// It serves dist/ under the base path the site was built for, with the site's own 404 page, so what
// the tests see is what a real static host shows. sirv handles MIME types (application/wasm
// included), ETags, ranges and the precompressed twins scripts/precompress.mjs writes (.br, .gz,
// with Content-Encoding and Vary: Accept-Encoding); we add the base-path prefix, the 404 fallback
// and the caching headers a good host sends (see cacheControl).
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** A year: the longest lifetime caches honour. */
const YEAR_SECONDS = 31_536_000;

/**
 * The Cache-Control header for a path under the base path. Vite puts a content hash in the name of
 * everything under _astro/, so a copy is right forever; everything else (pages, sw.js, the search
 * index, the favicon) keeps its URL across deploys and is revalidated on every use (a 304 when
 * unchanged, thanks to the ETag).
 * @param {string} path starting with `/`, relative to the base path
 */
export function cacheControl(path) {
  return path.startsWith('/_astro/') ? `public, max-age=${YEAR_SECONDS}, immutable` : 'no-cache';
}

/**
 * @param {{ dir: string, base?: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite({ dir, base = '/', port = 0, host = '127.0.0.1' }) {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: build the site first (npm run build).`);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const notFoundPath = join(dir, '404.html');
  const notFound = existsSync(notFoundPath) ? readFileSync(notFoundPath) : Buffer.from('Not found');
  const assets = sirv(dir, {
    dev: false,
    etag: true,
    dotfiles: false,
    brotli: true,
    gzip: true,
  });

  const server = createServer((req, res) => {
    const sendNotFound = () => {
      // Not the immutable header of a hashed name: a file missing now may exist after a deploy.
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(notFound);
    };
    const url = req.url ?? '/';
    if (url === prefix.slice(0, -1)) {
      res.writeHead(301, { location: prefix });
      res.end();
      return;
    }
    if (!url.startsWith(prefix)) return sendNotFound();
    req.url = `/${url.slice(prefix.length)}`;
    // Set here, not in sirv's setHeaders, so a 304 carries them too.
    res.setHeader('Cache-Control', cacheControl(req.url));
    res.setHeader('Vary', 'Accept-Encoding');
    assets(req, res, sendNotFound);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
