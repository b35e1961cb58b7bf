// A static server for the built site, used by `npm start` and by the e2e suite.
// It serves dist/ under the base path the site was built for, with the site's own 404 page, so what
// the tests see is what a real static host shows. sirv handles MIME types (application/wasm
// included), ETags and ranges; we only add the base-path prefix and the 404 fallback.
import { readFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

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
  const assets = sirv(dir, { dev: false, etag: true, dotfiles: false });

  const server = createServer((req, res) => {
    const sendNotFound = () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
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
