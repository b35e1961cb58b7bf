import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSite } from './serve.mjs';

let dir = '';
let site: Awaited<ReturnType<typeof serveSite>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, 'index.html'), '<p>home</p>');
  writeFileSync(join(dir, '404.html'), '<p>not found</p>');
  const wasm = Buffer.alloc(4096, 1);
  writeFileSync(join(dir, '_astro', 'esbuild.X1.wasm'), wasm);
  writeFileSync(join(dir, '_astro', 'esbuild.X1.wasm.br'), brotliCompressSync(wasm));
  site = await serveSite({ dir, base: '/sub/' });
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serveSite', () => {
  it('sends the brotli twin with its encoding, and hashed assets as immutable', async () => {
    const response = await fetch(`${site.url}_astro/esbuild.X1.wasm`, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toBe('application/wasm');
    expect(response.headers.get('vary')).toBe('Accept-Encoding');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await response.arrayBuffer()).byteLength).toBe(4096); // fetch decodes it
  });

  it('revalidates pages, answers a matching ETag with 304, and never caches a 404', async () => {
    const page = await fetch(site.url);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag') ?? '';
    const again = await fetch(site.url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('no-cache');
    const missing = await fetch(`${site.url}_astro/gone.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-cache');
  });
});
