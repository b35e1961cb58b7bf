import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectConsole, playground } from './support/playground';
import { showTwin, SUB_BASE } from './support/site';

// These tests are about the service worker, which playwright.config.ts blocks elsewhere.
test.use({ serviceWorkers: 'allow' });

// deploy/nginx.conf, the sample docs/deploy.md hands to people, run as it is against the sub-path
// build: only the port and the directory are changed, and it is wrapped in a minimal nginx.conf.
const DIST = resolve(process.env['E2E_NGINX_DIST'] ?? process.env['E2E_SUB_DIST'] ?? 'dist-sub');
const MIME_TYPES = '/etc/nginx/mime.types';
// Debian installs it in /usr/sbin, which is not on every user's PATH.
const NGINX = process.env['NGINX'] ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
const nginxMissing = spawnSync(NGINX, ['-v']).error !== undefined;
const built = existsSync(join(DIST, 'index.html')) && readFileSync(join(DIST, 'index.html'), 'utf8').includes(SUB_BASE);

test.skip(nginxMissing, 'nginx is not installed (Debian: apt-get install nginx); the sample config cannot be checked');
test.skip(!nginxMissing && !existsSync(MIME_TYPES), `nginx has no ${MIME_TYPES} to include`);
test.skip(!built, `${DIST} is not a build for ${SUB_BASE} (BASE_PATH=${SUB_BASE} npm run build first)`);

let nginx: ChildProcess | undefined;
let prefix = '';
let origin = '';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  return typeof address === 'object' && address ? address.port : 0;
}

/** A raw GET (no automatic decompression), so headers and byte counts are what nginx sent. */
function rawGet(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; bytes: number; body: string }> {
  return new Promise((done, fail) => {
    get(`${origin}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const body = Buffer.concat(chunks);
        done({
          status: response.statusCode ?? 0,
          headers: response.headers,
          bytes: body.length,
          body: body.toString('utf8'),
        });
      });
    }).on('error', fail);
  });
}

test.beforeAll(async () => {
  const port = await freePort();
  prefix = mkdtempSync(join(tmpdir(), 'async-lab-nginx-'));
  const server = readFileSync('deploy/nginx.conf', 'utf8')
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replaceAll('/var/www/async-lab/', `${DIST}/`);
  const temp = (name: string): string => `${name}_temp_path ${join(prefix, name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      '  sendfile on;',
      '  access_log off;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}`,
      server,
      '}',
    ].join('\n'),
  );
  // -e: nginx opens its compiled-in error log before reading the config; a non-root user cannot.
  nginx = spawn(
    NGINX,
    ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', join(prefix, 'error.log'), '-g', 'daemon off;'],
    { stdio: 'ignore' },
  );
  origin = `http://127.0.0.1:${port}`;
  await expect
    .poll(async () => (await rawGet(SUB_BASE).catch(() => ({ status: 0 }))).status, { timeout: 10_000 })
    .toBe(200);
});

test.afterAll(async () => {
  nginx?.kill('SIGQUIT'); // graceful stop of master and workers
  await new Promise((done) => (nginx?.exitCode !== null ? done(undefined) : nginx.once('exit', done)));
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

test('a lesson served by nginx under the sub-path loads and runs', async ({ page }) => {
  // The lesson's TypeScript twin, as a reader who chose TypeScript sees it.
  await showTwin(page, 'typescript');
  await page.goto(`${origin}${SUB_BASE}en/lessons/event-loop/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const pg = playground(page, 'sequential-vs-concurrent');
  await pg.run.click();
  await pg.finished('done');
  await expectConsole(pg.console, 'concurrent');
  // The offline copy works under the sub-path too: its worker controls exactly /async-lab/.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(`${origin}${SUB_BASE}`);
});

test('the wasm is application/wasm, hashed assets are immutable, pages and sw.js are revalidated', async () => {
  const wasm = readdirSync(join(DIST, '_astro')).find((name) => name.endsWith('.wasm'));
  expect(wasm).toBeTruthy();
  const asset = await rawGet(`${SUB_BASE}_astro/${wasm}`);
  expect(asset.status).toBe(200);
  expect(asset.headers['content-type']).toBe('application/wasm');
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');

  for (const path of [`${SUB_BASE}en/`, `${SUB_BASE}sw.js`]) {
    const response = await rawGet(path);
    expect(response.status, path).toBe(200);
    expect(response.headers['cache-control'], path).toBe('no-cache');
  }
  expect((await rawGet(`${SUB_BASE}sw.js`)).headers['content-type']).toBe('application/javascript');
  const redirect = await rawGet(SUB_BASE.slice(0, -1));
  expect(redirect.status).toBe(301);
  expect(redirect.headers['location']).toBe(SUB_BASE);
});

test('precompressed .gz files are sent as they are to clients that accept gzip', async () => {
  const twin = readdirSync(join(DIST, '_astro')).find((name) => name.endsWith('.js.gz'));
  // A build without its .gz twins is a regression of scripts/precompress.mjs, not a reason to skip.
  expect(twin, 'the build has precompressed .js.gz files').toBeDefined();
  const file = (twin ?? '').replace(/\.gz$/, '');
  const gzipped = await rawGet(`${SUB_BASE}_astro/${file}`, { 'accept-encoding': 'gzip' });
  expect(gzipped.headers['content-encoding']).toBe('gzip');
  expect(gzipped.bytes).toBe(statSync(join(DIST, '_astro', twin ?? '')).size);
  const plain = await rawGet(`${SUB_BASE}_astro/${file}`, { 'accept-encoding': 'identity' });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.bytes).toBe(statSync(join(DIST, '_astro', file)).size);
});

test('an unknown address gets the site’s 404 page with status 404', async ({ page }) => {
  const response = await page.goto(`${origin}${SUB_BASE}en/lessons/no-such-lesson/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found|找不到/i);
});
