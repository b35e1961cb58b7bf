import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * shim/lab_check.py on this machine's CPython, with the sandbox's `_lab_js` replaced by a clock: what
 * checks.py authors get (registration, ctx, messages) does not need Pyodide to be tested. The page's
 * side (the same module in the sandbox) is covered by e2e/exercise-python.spec.ts.
 */
const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : undefined;

const DRIVER = String.raw`
import json, sys, time, types
sys.path.insert(0, "src/engine/runtime-python/shim")
js = types.ModuleType("_lab_js")
js.clock = lambda: time.perf_counter() * 1000
sys.modules["_lab_js"] = js
import lab_check
main = types.ModuleType("__main__")
sys.modules["__main__"] = main
exec("def double(n):\n    return 2 * n\n", main.__dict__)
names = json.loads(lab_check.load(sys.stdin.read()))
# As in the sandbox: the pool was imported at boot (lab_main.install), and main.py ended with
# threading._shutdown() (lab_main.run_main); the checks run after it.
import asyncio, concurrent.futures.thread, threading
threading._shutdown()
data = json.loads(sys.argv[1])
print(json.dumps({"names": names, "results": [lab_check.run(i, json.dumps(data)) for i in range(len(names))]}))
`;

function run(checks: string, locale = 'en'): { names: string[]; results: (string | null)[] } {
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
  const out = execFileSync(python ?? 'python3', ['-c', DRIVER, JSON.stringify(data)], { input: checks });
  return JSON.parse(out.toString()) as { names: string[]; results: (string | null)[] };
}

// Starting CPython takes seconds on a busy two-core machine.
describe.skipIf(!python)('lab_check on CPython', { timeout: 30_000 }, () => {
  it('registers checks in order and runs sync, async and threaded ones against the learner globals, after main.py shut threading down', () => {
    const { names, results } = run(
      [
        'import asyncio',
        'from lab_check import check',
        '@check("doubles")',
        'def _(ctx):',
        '    assert ctx.function("double")(2) == 4',
        '@check("async")',
        'async def _(ctx):',
        '    with ctx.time() as watch:',
        '        await asyncio.sleep(0.05)',
        '    assert 40 <= watch.ms < 1000, watch.ms',
        '@check("threads")',
        'async def _(ctx):',
        '    assert await asyncio.to_thread(ctx.function("double"), 21) == 42',
        '@check("fails")',
        'def _(ctx):',
        '    assert False, ctx.say(en="in English", zh="用中文")',
      ].join('\n'),
    );
    expect(names).toEqual(['doubles', 'async', 'threads', 'fails']);
    expect(results).toEqual([null, null, null, 'in English']);
  });

  it("speaks the page's language, and names a missing function", () => {
    const { results } = run(
      [
        'from lab_check import check',
        '@check("says")',
        'def _(ctx):',
        '    assert False, ctx.say(en="in English", zh="用中文")',
        '@check("missing")',
        'def _(ctx):',
        '    ctx.function("triple")',
      ].join('\n'),
      'zh-cn',
    );
    expect(results).toEqual(['用中文', 'main.py 必须定义函数 `triple`。']);
  });

  it('gives the run as recorded: logs, requests, sleeps, and a traceback for an error', () => {
    const { results } = run(
      [
        'from lab_check import check',
        '@check("recorded")',
        'def _(ctx):',
        '    assert [line.text for line in ctx.logs] == ["hello"], ctx.logs',
        '    assert [r.url for r in ctx.requests] == ["https://httpbin.org/get"], ctx.requests',
        '    assert [(s.kind, s.seconds) for s in ctx.sleeps] == [("asyncio", 0.5), ("time", 1.0)], ctx.sleeps',
        '    assert ctx.elapsed_ms == 1000 and ctx.ms(1234.4) == "1 234 ms"',
        '@check("raises")',
        'def _(ctx):',
        '    {}["key"]',
      ].join('\n'),
    );
    expect(results[0]).toBeNull();
    expect(results[1]).toMatch(/^Traceback[\s\S]*KeyError: 'key'$/);
  });
});
