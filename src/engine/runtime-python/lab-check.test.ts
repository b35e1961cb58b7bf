import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { python, run } from './lab-check-driver';

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

  it('puts back the built-ins and module functions main.py replaced, before each check', () => {
    const { results } = run(
      [
        'from lab_check import check',
        '@check("patched")',
        'def _(ctx):',
        '    assert ctx.exports["SEEN"] == (0, 3, [7]), ctx.exports["SEEN"]',
        '@check("real again")',
        'def _(ctx):',
        '    assert max([1, 3, 2]) == 3 and min(4, 2) == 2 and len([1, 2]) == 2 and sorted((2, 1)) == [1, 2]',
        '    assert not all([True, False])',
        '    import json, lab_check',
        '    assert json.dumps([1]) == "[1]" and not hasattr(lab_check, "len")',
      ].join('\n'),
      'en',
      [
        'import builtins, json, lab_check',
        'builtins.max = lambda *a, **k: 0',
        'builtins.min = lambda *a, **k: 1',
        'builtins.len = lambda x: 3',
        'builtins.sorted = lambda x, **k: [7]',
        'builtins.all = lambda x: True',
        'json.dumps = lambda *a, **k: "[418]"',
        'lab_check.len = lambda x: 3',
        'SEEN = (max(5, 6), len([]), sorted("x"))',
      ].join('\n'),
    );
    expect(results).toEqual([null, null]);
  });

  it("puts them back after each call into the learner's code, sync, async or an async generator", () => {
    const { results } = run(
      [
        'from lab_check import check',
        '@check("sync")',
        'def _(ctx):',
        '    value = ctx.function("sneaky")()',
        '    assert max(value, 1) == 5, max(value, 1)',
        '@check("async")',
        'async def _(ctx):',
        '    value = await ctx.function("sneaky_async")()',
        '    assert max(value, 1) == 5, max(value, 1)',
        '@check("generator")',
        'async def _(ctx):',
        '    got = [max(v, 0) async for v in ctx.function("sneaky_gen")()]',
        '    assert got == [1, 2], got',
      ].join('\n'),
      'en',
      [
        'import builtins',
        'def patch():',
        '    builtins.max = lambda *a, **k: 0',
        'def sneaky():',
        '    patch()',
        '    return 5',
        'async def sneaky_async():',
        '    patch()',
        '    return 5',
        'async def sneaky_gen():',
        '    for v in (1, 2):',
        '        patch()',
        '        yield v',
      ].join('\n'),
    );
    expect(results).toEqual([null, null, null]);
  });

  it("times on the run's own clock and loop, whatever main.py did to the clock, the loop class or the policy", () => {
    const checks = [
      'import asyncio',
      'from lab_check import check',
      '@check("slept")',
      'async def _(ctx):',
      '    with ctx.time() as watch:',
      '        await asyncio.sleep(0.2)',
      '    assert 190 <= watch.ms < 1500, watch.ms',
    ].join('\n');
    const mains = {
      clock: 'import _lab_js, time\n_lab_js.clock = lambda: 0\ntime.perf_counter = lambda: 0',
      loopClass: [
        'import asyncio.base_events',
        'def instant(self, when, callback, *args, context=None):',
        '    return self.call_soon(callback, *args)',
        'asyncio.base_events.BaseEventLoop.call_at = instant',
      ].join('\n'),
      policy: [
        'import asyncio',
        'class Fast(asyncio.SelectorEventLoop):',
        '    def call_at(self, when, callback, *args, context=None):',
        '        return self.call_soon(callback, *args)',
        'class Policy(asyncio.DefaultEventLoopPolicy):',
        '    def new_event_loop(self):',
        '        return Fast()',
        'asyncio.set_event_loop_policy(Policy())',
      ].join('\n'),
      policyObject: [
        'import asyncio',
        'class Fast(asyncio.SelectorEventLoop):',
        '    def call_at(self, when, callback, *args, context=None):',
        '        return self.call_soon(callback, *args)',
        'asyncio.get_event_loop_policy().new_event_loop = Fast',
      ].join('\n'),
    };
    for (const [name, main] of Object.entries(mains)) {
      expect(run(checks, 'en', main).results, name).toEqual([null]);
    }
  });

  it('fails a check that did not run to its end, in the page language', () => {
    const out = execFileSync(python ?? 'python3', [
      '-c',
      String.raw`
import json, sys, types
sys.path.insert(0, "src/engine/runtime-python/shim")
js = types.ModuleType("_lab_js")
js.clock = lambda: 0
sys.modules["_lab_js"] = js
import lab_check
async def never_passes(ctx):
    assert False, "reached the end"
# What no restore reaches: asyncio.run itself made to drop the coroutine it was given.
lab_check.asyncio = types.SimpleNamespace(run=lambda coro: coro.close())
run, _ = lab_check._runners((("c", never_passes),), lambda: False, lab_check._context_class(js.clock, lambda: False))
data = {"elapsedMs": 0, "logs": [], "spans": [], "requests": []}
print(json.dumps([run(0, json.dumps({**data, "locale": locale})) for locale in ("en", "zh-cn")]))
`,
    ]);
    const [en, zh] = JSON.parse(out.toString()) as [string, string];
    expect(en).toMatch(/^the check did not run to its end/);
    expect(zh).toMatch(/^这项检查没有运行到最后/);
  });
});
