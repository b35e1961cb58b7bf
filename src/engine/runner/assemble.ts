/** A run as the sandbox receives it: the runtime, and the learner's code that goes after it. */
export interface RunProgram {
  /** The runtime script (it defines self.__asyncLab); the same text for every run. */
  runtime: string;
  /**
   * The learner's bundle wrapped in a strict async arrow function, so its top-level await is legal in
   * a classic script and it runs as the module it is: strict, with no `this` or `arguments` of its
   * own (esbuild already turned a module's top-level `this` into `undefined`). Preceded by one newline per line of the runtime plus one. The frame either loads it
   * alone into a spare worker that has already evaluated the runtime, or runs the whole script,
   * `runtime + code.slice(newlines in runtime)`; the bundle's lines have the same numbers either way.
   */
  code: string;
  /** How many lines come before the bundle's first line, to map stack traces back. */
  lineOffset: number;
}

/** Counts '\n' in `text`; the frame does the same to rebuild the whole script. */
function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The runtime and the learner's code of one run (see RunProgram). */
export function assembleRun(runtime: string, bundle: string): RunProgram {
  // The directive sits on the wrapper's own line, so the bundle's first line keeps its number.
  const head = `${'\n'.repeat(countNewlines(runtime) + 1)};self.__asyncLab.run(async () => {"use strict";\n`;
  const lineOffset = head.split('\n').length - 1;
  return { runtime, code: `${head}${bundle}\n});\n`, lineOffset };
}
