import type { SpareProbe, SpareToFrame } from '../../schemas/run-protocol';

/** What loading a script needs from the worker scope. */
export interface ScriptScope {
  URL: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  importScripts(...urls: string[]): void;
}

/**
 * Evaluates `text` as a classic script in this worker, synchronously. This is how a spare worker,
 * which evaluated the runtime before the Run was clicked, gets the learner's code: `eval` is blocked
 * by the site's CSP, a `blob:` script is allowed (script-src blob:, docs/deploy.md). Errors thrown
 * while loading (a policy without blob:, a syntax error) propagate to the caller.
 */
export function loadScript(scope: ScriptScope, text: string): void {
  const url = scope.URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
  try {
    scope.importScripts(url);
  } finally {
    // importScripts has fetched and run it; nothing needs the URL any more.
    scope.URL.revokeObjectURL(url);
  }
}

/** True for the frame's SpareProbe message. */
export function isSpareProbe(data: unknown): data is SpareProbe {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'probe';
}

/**
 * The answer to the frame's probe. The frame only hands a run to a spare that answered
 * 'spare-ready': where blob: scripts are refused, it stops making spares and starts a fresh worker
 * with the whole script for each run, as it did before spares existed.
 */
export function answerProbe(scope: ScriptScope): SpareToFrame {
  try {
    loadScript(scope, '');
    return { type: 'spare-ready' };
  } catch (error) {
    return { type: 'spare-unusable', message: String(error) };
  }
}
