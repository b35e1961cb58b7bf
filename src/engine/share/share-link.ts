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

/**
 * Decompresses a link payload, or returns null when it is not one lz-string made. lz-string can
 * turn a damaged payload into garbage instead of failing; compression is deterministic, so only a
 * payload that round-trips is genuine. Used by share links and teacher links alike.
 */
export function decompressExact(payload: string): string | null {
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  return text && compressToEncodedURIComponent(text) === payload ? text : null;
}

/** Reads a location hash. Anything other than a well-formed `#code/…` is reported, never thrown. */
export function decodeShareHash(hash: string): SharedCode {
  if (hash === '' || hash === '#') return { kind: 'none' };
  if (!hash.startsWith(PREFIX)) return { kind: 'invalid', reason: 'malformed' };
  if (hash.length > MAX_HASH_LENGTH) return { kind: 'invalid', reason: 'too-large' };
  const code = decompressExact(hash.slice(PREFIX.length));
  if (!code) return { kind: 'invalid', reason: 'malformed' };
  if (code.length > MAX_CODE_LENGTH) return { kind: 'invalid', reason: 'too-large' };
  return { kind: 'code', code };
}
