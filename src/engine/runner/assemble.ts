/**
 * The text of a run's worker: the runtime (which defines self.__asyncLab), then the learner's
 * bundle wrapped in an async function so its top-level await is legal in a classic script.
 * `lineOffset` is how many lines come before the bundle's first line, to map stack traces back.
 */
export function assembleScript(runtimeSource: string, bundle: string): { script: string; lineOffset: number } {
  const head = `${runtimeSource}\n;self.__asyncLab.run(async function () {\n`;
  const lineOffset = head.split('\n').length - 1;
  return { script: `${head}${bundle}\n});\n`, lineOffset };
}
