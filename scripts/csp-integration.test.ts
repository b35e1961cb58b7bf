import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sandboxDocument } from '../src/engine/runner/sandbox-relay';
import { inlineScriptHashes, sha256Source } from './csp-integration.mjs';
import { contentSecurityPolicy } from './csp.mjs';

const hashOf = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes inline classic and module scripts, and skips external scripts and data blocks', () => {
    const html = [
      '<script>document.documentElement.dataset.theme = "dark";</script>',
      '<script type="module">import "./x.js";</script>',
      '<script type="module" src="/_astro/page.js"></script>',
      '<script type="application/json" data-files>{"a":1}</script>',
    ].join('');
    expect(inlineScriptHashes(html)).toEqual([
      hashOf('document.documentElement.dataset.theme = "dark";'),
      hashOf('import "./x.js";'),
    ]);
  });
});

describe('the sandbox relay', () => {
  it('is inlined into the srcdoc exactly as the file the build hashes', () => {
    const program = readFileSync(new URL('../src/engine/runner/sandbox-relay-program.js', import.meta.url), 'utf8');
    const [script] = [...sandboxDocument().matchAll(/<script>([\s\S]*)<\/script>/g)].map((match) => match[1]);
    expect(script).toBe(program);
    expect(inlineScriptHashes(sandboxDocument())).toEqual([sha256Source(program)]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the site, by hash and from blob: URLs, never inline or eval', () => {
    const policy = contentSecurityPolicy({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-a'"] });
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '));
    // blob: is for the sandbox's spare worker, which loads the learner's code with importScripts.
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval' blob: 'sha256-a' 'sha256-b'");
    expect(policy).toContain("worker-src 'self' blob:");
    expect(policy).toContain("object-src 'none'");
  });
});
