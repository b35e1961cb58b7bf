/**
 * The checks API as the builder explains it beside the checks field (CheckHelp.astro): one entry
 * per thing a teacher reaches for, with the names it documents and a short example. The facts come
 * from the API itself: src/engine/runtime/async-lab.d.ts (module "async-lab/check") and
 * src/engine/runtime-python/shim/lab_check.py. check-help.test.ts parses both and fails when an
 * entry names, imports or reads something they do not define.
 */

/** A record type whose fields an entry lists (LoggedLine.text, or Python's Line.text). */
export interface HelpFields {
  /** The type as the API declares it: an interface in the .d.ts, a namedtuple in lab_check.py. */
  type: string;
  names: readonly string[];
}

export interface HelpEntry {
  /** What the entry documents, as checks code writes it: `check`, `ctx.time`. */
  names: readonly string[];
  /** The fields of each item, for lists of records (logs, requests, spans). */
  fields?: HelpFields;
  /** Key of its explanation, `checkhelp.<id>` (src/i18n/ui-builder.ts). */
  text: string;
  example: string;
}

export type HelpLanguage = 'typescript' | 'python';

const TYPESCRIPT: readonly HelpEntry[] = [
  {
    names: ['check', 'assert', 'assertEqual'],
    text: 'checkhelp.ts.check',
    example: `import { assert, assertEqual, check } from 'async-lab/check';

check('doubles 21', (ctx) => {
  const double = ctx.exports['double'];
  assert(typeof double === 'function', 'main.ts must export double');
  assertEqual(double(21), 42);
});`,
  },
  {
    names: ['ctx.exports'],
    text: 'checkhelp.ts.exports',
    example: `check('exports fetchAll', (ctx) => {
  assert(typeof ctx.exports['fetchAll'] === 'function', 'export fetchAll from main.ts');
});`,
  },
  {
    names: ['ctx.time', 'ctx.ms', 'ctx.say'],
    text: 'checkhelp.ts.time',
    example: `check('three waits at once', async (ctx) => {
  const fetchAll = ctx.exports['fetchAll'] as () => Promise<unknown>;
  const { ms } = await ctx.time(() => fetchAll());
  assert(ms < 1500, ctx.say({ en: \`took \${ctx.ms(ms)}\`, 'zh-cn': \`用了 \${ctx.ms(ms)}\` }));
});`,
  },
  {
    names: ['ctx.logs'],
    fields: { type: 'LoggedLine', names: ['time', 'kind', 'text'] },
    text: 'checkhelp.ts.logs',
    example: `check('prints done last', (ctx) => {
  const last = ctx.logs.at(-1);
  assert(last?.text === 'done', \`the last line was \${last?.text}\`);
});`,
  },
  {
    names: ['ctx.requests', 'ctx.elapsedMs', 'mostAtOnce'],
    fields: { type: 'RecordedRequest', names: ['method', 'url', 'simulated', 'start', 'end'] },
    text: 'checkhelp.ts.requests',
    example: `import { mostAtOnce } from 'async-lab/check';

check('three requests at once', (ctx) => {
  const mine = ctx.requests.filter((r) => r.start <= ctx.elapsedMs);
  assert(mostAtOnce(mine) === 3, 'start every request before awaiting one');
});`,
  },
  {
    names: ['ctx.spans', 'ctx.now'],
    fields: { type: 'RecordedSpan', names: ['kind', 'label', 'start', 'end'] },
    text: 'checkhelp.ts.spans',
    example: `check('waits without blocking', async (ctx) => {
  assert(!ctx.spans.some((s) => s.kind === 'blocked'), 'the event loop was blocked');
  const start = ctx.now();
  await (ctx.exports['pause'] as () => Promise<void>)();
  const timers = ctx.spans.filter((s) => s.kind === 'timer' && s.start >= start);
  assert(timers.some((s) => s.label === 'sleep(500)'), 'pause() should call sleep(500)');
});`,
  },
];

const PYTHON: readonly HelpEntry[] = [
  {
    names: ['check', 'ctx.function'],
    text: 'checkhelp.py.check',
    example: `from lab_check import check

@check("doubles 21")
def _(ctx):
    double = ctx.function("double")
    assert double(21) == 42, f"got {double(21)}"`,
  },
  {
    names: ['ctx.exports'],
    text: 'checkhelp.py.exports',
    example: `@check("defines LIMIT")
def _(ctx):
    assert ctx.exports.get("LIMIT") == 3, "set LIMIT = 3 in main.py"`,
  },
  {
    names: ['ctx.plain'],
    text: 'checkhelp.py.plain',
    example: `@check("names in the order of ids")
async def _(ctx):
    load_profiles = ctx.function("load_profiles")
    names = ctx.plain(await load_profiles([3, 1]), "load_profiles([3, 1])")
    assert names == ["user 3", "user 1"], f"got {names}"`,
  },
  {
    names: ['ctx.time', 'ctx.ms', 'ctx.say'],
    text: 'checkhelp.py.time',
    example: `@check("three waits at once")
async def _(ctx):
    fetch_all = ctx.function("fetch_all")
    with ctx.time() as watch:
        await fetch_all()
    assert watch.ms < 1500, ctx.say(en=f"took {ctx.ms(watch.ms)}", zh=f"用了 {ctx.ms(watch.ms)}")`,
  },
  {
    names: ['ctx.logs'],
    fields: { type: 'Line', names: ['time', 'kind', 'text'] },
    text: 'checkhelp.py.logs',
    example: `@check("prints done last")
def _(ctx):
    assert ctx.logs and ctx.logs[-1].text == "done", "print done at the end"`,
  },
  {
    names: ['ctx.requests', 'ctx.elapsed_ms'],
    fields: { type: 'Request', names: ['method', 'url', 'simulated', 'start', 'end'] },
    text: 'checkhelp.py.requests',
    example: `from lab_check import most_at_once

@check("three requests at once")
def _(ctx):
    mine = [r for r in ctx.requests if r.start <= ctx.elapsed_ms]
    assert most_at_once(mine) == 3, "start every request before awaiting one"`,
  },
  {
    names: ['ctx.sleeps', 'ctx.spans'],
    fields: { type: 'Sleep', names: ['kind', 'seconds', 'start', 'end'] },
    text: 'checkhelp.py.sleeps',
    example: `@check("sleeps without blocking")
def _(ctx):
    assert all(s.kind == "asyncio" for s in ctx.sleeps), "use await asyncio.sleep, not time.sleep"`,
  },
];

/** The help for each language the builder offers. */
export const CHECK_HELP: Readonly<Record<HelpLanguage, readonly HelpEntry[]>> = {
  typescript: TYPESCRIPT,
  python: PYTHON,
};
