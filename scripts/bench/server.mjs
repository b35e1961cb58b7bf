// @ts-check
// The bench's static server. Not scripts/serve.mjs, on purpose: the bench must see what a good
// static host sends, so this one serves the .br/.gz files that scripts/precompress.mjs writes
// (sirv's brotli/gzip options), and it counts every response body, including the requests made
// by workers, which the page's own resource timing does not see. It also has a few bench-only
// routes under /__bench/ (the compilers page of measurement 4); they never exist in the product.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * @typedef {{ path: string, status: number, encoding: string, bytes: number, at: number }} RequestRecord
 * @typedef {{ type: string, body: string | Buffer }} BenchRoute
 */

/**
 * @param {{ dir: string, routes?: Record<string, () => BenchRoute> }} options
 *   routes: bench-only files, by path under /__bench/, built on first request
 */
export async function serveBench({ dir, routes = {} }) {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} has no index.html: build the site first.`);
  const notFound = readFileSync(join(dir, '404.html'));
  const assets = sirv(dir, { dev: false, etag: true, gzip: true, brotli: true });
  /** @type {RequestRecord[]} */
  const log = [];
  /** @type {Map<string, BenchRoute>} */
  const built = new Map();

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    /** @type {RequestRecord} */
    const record = { path, status: 0, encoding: 'identity', bytes: 0, at: Date.now() };
    log.push(record);
    // Counting body bytes where they leave: sirv streams files through write/end.
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    /** @param {unknown} chunk */
    const count = (chunk) => {
      if (typeof chunk === 'string') record.bytes += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) record.bytes += chunk.byteLength;
    };
    res.write = /** @type {typeof res.write} */ (
      (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
        count(chunk);
        return write(chunk, ...rest);
      }
    );
    res.end = /** @type {typeof res.end} */ (
      (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) => {
        if (typeof chunk !== 'function') count(chunk);
        return end(chunk, ...rest);
      }
    );
    res.on('finish', () => {
      record.status = res.statusCode;
      record.encoding = String(res.getHeader('content-encoding') ?? 'identity');
    });

    const bench = path.startsWith('/__bench/') ? routes[path.slice('/__bench/'.length)] : undefined;
    if (bench) {
      const name = path;
      if (!built.has(name)) built.set(name, bench());
      const route = /** @type {BenchRoute} */ (built.get(name));
      res.writeHead(200, { 'content-type': route.type, 'cache-control': 'no-store' });
      res.end(route.body);
      return;
    }
    assets(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    /** Every request since the last reset, in arrival order. */
    log,
    resetLog: () => void log.splice(0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}
