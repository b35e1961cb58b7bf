import { execFileSync, spawnSync } from 'node:child_process';

/**
 * Runs shim/lab_check.py on this machine's CPython for lab-check*.test.ts, with the sandbox's
 * `_lab_js` replaced by a clock: what checks.py authors get (registration, ctx, messages) does not
 * need Pyodide to be tested. The page's side (the same module in the sandbox) is covered by
 * e2e/exercise-python.spec.ts.
 */
export const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : undefined;

const DRIVER = String.raw`
import json, sys, time, types
sys.path.insert(0, "src/engine/runtime-python/shim")
js = types.ModuleType("_lab_js")
js.clock = lambda: time.perf_counter() * 1000
sys.modules["_lab_js"] = js
import lab_check
main = types.ModuleType("__main__")
sys.modules["__main__"] = main
given = json.loads(sys.stdin.read())
names = json.loads(lab_check.load(given["checks"]))
# As in the sandbox: checks.py loads first, then main.py runs (and may patch what it likes; the
# driver keeps its own json.dumps and count, as the page keeps its own JavaScript).
dumps, count, data = json.dumps, len(names), json.loads(sys.argv[1])
exec("def double(n):\n    return 2 * n\n" + given["main"], main.__dict__)
# As in the sandbox: the pool was imported at boot (lab_main.install), and main.py ended with
# threading._shutdown() (lab_main.run_main); the checks run after it.
import asyncio, concurrent.futures.thread, threading
threading._shutdown()
print(dumps({"names": names, "results": [lab_check.run(i, dumps(data)) for i in range(count)]}))
`;

export function run(checks: string, locale = 'en', main = ''): { names: string[]; results: (string | null)[] } {
  const data = {
    elapsedMs: 1000,
    locale,
    logs: [{ time: 5, kind: 'log', text: 'hello' }],
    spans: [
      { id: 1, kind: 'timer', label: 'asyncio.sleep(0.5)', start: 0, end: 500 },
      { id: 2, kind: 'blocked', label: 'time.sleep(1)', start: 500, end: 1500 },
      { id: 3, kind: 'timer', label: 'call_later(1, f)', start: 0, end: 1000 },
    ],
    requests: [{ method: 'GET', url: 'https://httpbin.org/get', simulated: true, start: 1, end: 2 }],
  };
  const out = execFileSync(python ?? 'python3', ['-c', DRIVER, JSON.stringify(data)], {
    input: JSON.stringify({ checks, main }),
  });
  return JSON.parse(out.toString()) as { names: string[]; results: (string | null)[] };
}
