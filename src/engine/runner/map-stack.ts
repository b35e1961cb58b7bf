import { AnyMap, originalPositionFor, type TraceMap } from '@jridgewell/trace-mapping';

const INLINE_MAP = /\/\/# sourceMappingURL=data:application\/json;base64,([A-Za-z0-9+/=]+)\s*$/;
// "at fn (blob:null/0f3…:12:7)" or "at blob:null/0f3…:12:7" or Firefox's "fn@blob:…:12:7".
const FRAME = /(blob:[^\s)]+?|<anonymous>):(\d+):(\d+)/;

/** Reads the inline source map esbuild appended to a bundle. */
export function readInlineMap(bundle: string): TraceMap | null {
  const match = INLINE_MAP.exec(bundle);
  if (!match?.[1]) return null;
  try {
    return new AnyMap(atob(match[1]));
  } catch {
    return null;
  }
}

/**
 * Rewrites a stack from the worker so each frame in the learner's code points at its TypeScript
 * line ("main.ts:4:9"). Frames in the runtime (before `lineOffset`) are dropped: they are ours,
 * not the learner's, and only add noise.
 */
export function mapStack(stack: string, map: TraceMap | null, lineOffset: number): string {
  const out: string[] = [];
  for (const line of stack.split('\n')) {
    const match = FRAME.exec(line);
    if (!match) {
      out.push(line);
      continue;
    }
    const bundleLine = Number(match[2]) - lineOffset;
    if (bundleLine < 1 || !map) continue;
    const original = originalPositionFor(map, { line: bundleLine, column: Number(match[3]) - 1 });
    if (original.source === null || original.line === null) continue;
    const file = original.source.replace(/^vfs:/, '').replace(/^.*\//, '');
    out.push(line.replace(match[0], `${file}:${original.line}:${original.column + 1}`));
  }
  return out.join('\n');
}
