import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeShareHash, encodeShareHash, MAX_HASH_LENGTH } from './share-link';

describe('share links', () => {
  it('round-trips code, Unicode included', () => {
    const code = 'const 事件 = "循环";\nconsole.log(事件, `${1 + 1}`);';
    expect(decodeShareHash(encodeShareHash(code))).toEqual({ kind: 'code', code });
  });

  it('reads links made by the TypeScript Playground', () => {
    // The TypeScript Playground writes exactly this: lz-string's compressToEncodedURIComponent.
    const hash = `#code/${compressToEncodedURIComponent('let x: number = 1')}`;
    expect(decodeShareHash(hash)).toEqual({ kind: 'code', code: 'let x: number = 1' });
  });

  it('reports malformed, tampered and oversized hashes', () => {
    expect(decodeShareHash('')).toEqual({ kind: 'none' });
    expect(decodeShareHash('#section-2')).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(decodeShareHash('#code/')).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(decodeShareHash('#code/%%%not-lz')).toEqual({ kind: 'invalid', reason: 'malformed' });
    const good = encodeShareHash('console.log("hello world, this is long enough")');
    expect(decodeShareHash(`${good.slice(0, -3)}zzz`)).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(decodeShareHash(`#code/${'A'.repeat(MAX_HASH_LENGTH)}`)).toEqual({ kind: 'invalid', reason: 'too-large' });
  });
});
