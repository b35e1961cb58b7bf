// The relay is plain JavaScript read as text (not a function turned into a string) because its text
// must be identical in every build: the page's Content-Security-Policy allows it by its hash.
import relayProgram from './sandbox-relay-program.js?raw';

/** The exact text of the sandbox frame's only script. */
export const sandboxRelayScript: string = relayProgram;

/** The srcdoc of the sandbox frame: the relay, inlined verbatim so the frame fetches nothing. */
export function sandboxDocument(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>sandbox</title></head><body><script>${sandboxRelayScript}</script></body></html>`;
}
