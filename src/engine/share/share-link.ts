import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

/**
 * The TypeScript Playground's share format, `#code/<lz-string compressToEncodedURIComponent>`, so a
 * link made there opens here and the other way round.
 */
const PREFIX = '#code/';
/** A URL fragment this long is already unwieldy; beyond it we refuse rather than hang on decompression. */
export const MAX_HASH_LENGTH = 100_000;
export const MAX_CODE_LENGTH = 200_000;

export type SharedCode =
  { kind: 'none' } | { kind: 'code'; code: string } | { kind: 'invalid'; reason: 'malformed' | 'too-large' };

export function encodeShareHash(code: string): string {
  return PREFIX + compressToEncodedURIComponent(code);
}

/** Reads a location hash. Anything other than a well-formed `#code/…` is reported, never thrown. */
export function decodeShareHash(hash: string): SharedCode {
  if (hash === '' || hash === '#') return { kind: 'none' };
  if (!hash.startsWith(PREFIX)) return { kind: 'invalid', reason: 'malformed' };
  if (hash.length > MAX_HASH_LENGTH) return { kind: 'invalid', reason: 'too-large' };
  const payload = hash.slice(PREFIX.length);
  let code: string | null = null;
  try {
    code = decompressFromEncodedURIComponent(payload);
  } catch {
    code = null;
  }
  // lz-string can turn a damaged payload into garbage instead of failing; compression is
  // deterministic, so only a payload that round-trips is one it produced.
  if (!code || compressToEncodedURIComponent(code) !== payload) return { kind: 'invalid', reason: 'malformed' };
  if (code.length > MAX_CODE_LENGTH) return { kind: 'invalid', reason: 'too-large' };
  return { kind: 'code', code };
}
