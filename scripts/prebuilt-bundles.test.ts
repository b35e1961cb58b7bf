import { mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyNamedBundles } from './prebuilt-bundles.mjs';

describe('the prebuilt-bundles integration', () => {
  it('copies the bundles the built pages name, and fails the build over one never made', () => {
    const cache = mkdtempSync(join(tmpdir(), 'prebuilt-cache-'));
    const out = mkdtempSync(join(tmpdir(), 'prebuilt-out-'));
    const name = 'a'.repeat(20) + '.json';
    writeFileSync(join(cache, name), '{}');
    writeFileSync(join(cache, 'b'.repeat(20) + '.json'), '{}');
    mkdirSync(join(out, 'en'));
    writeFileSync(join(out, 'en/index.html'), `<async-playground data-prebuilt="/base/_astro/prebuilt/${name}">`);
    expect(copyNamedBundles(out, cache)).toBe(1);
    expect(readdirSync(join(out, '_astro/prebuilt'))).toEqual([name]);

    writeFileSync(
      join(out, 'en/other.html'),
      `<async-playground data-prebuilt="/_astro/prebuilt/${'c'.repeat(20)}.json">`,
    );
    expect(() => copyNamedBundles(out, cache)).toThrow(`never made: ${'c'.repeat(20)}.json`);
  });
});
