// The relay is plain JavaScript read as text (not a function turned into a string) because its text
// must be identical in every build: the page's Content-Security-Policy allows it by its hash.
import relayProgram from './sandbox-relay-program.js?raw';
import { type Locale, message } from '../messages';

/** The exact text of the sandbox frame's only script. */
export const sandboxRelayScript: string = relayProgram;

/** The srcdoc of the sandbox frame: the relay, inlined verbatim so the frame fetches nothing. */
export function sandboxDocument(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>sandbox</title></head><body><script>${sandboxRelayScript}</script></body></html>`;
}

/** Marks the frame a page's HTML already holds, for the engine to take over (sandbox-host.ts). */
export const PREPARED_FRAME_ATTRIBUTE = 'data-sandbox-frame';

/**
 * Every attribute of the sandbox `<iframe>`, whether the page's HTML holds it (SandboxFrame.astro)
 * or the engine makes it: `sandbox="allow-scripts"` and never allow-same-origin, popups, modals,
 * top-navigation, forms or downloads.
 */
export function sandboxFrameAttributes(locale: Locale): Record<string, string> {
  return {
    sandbox: 'allow-scripts',
    title: message(locale, 'sandbox.title'),
    'aria-hidden': 'true',
    tabindex: '-1',
    // Invisible but not hidden: Chromium lowers the CPU priority (nice 5 on Linux) of a frame's
    // process when the frame is hidden or outside the viewport, and on a busy machine a Python
    // boot there took 20 s instead of 1 s. One transparent pixel in the viewport keeps it normal.
    style: 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;pointer-events:none',
    srcdoc: sandboxDocument(),
  };
}
