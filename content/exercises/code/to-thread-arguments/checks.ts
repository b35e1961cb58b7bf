import { assert, check, type CheckContext, mostAtOnce, type RecordedSpan } from 'async-lab/check';

/**
 * The workers of the learner's run (not of the checks' own calls) that ran lookup: toThread labels
 * each on the timeline with the function it was given. A worker handed a lookup's finished result
 * ran some other function.
 */
function lookupWorkers(ctx: CheckContext): RecordedSpan[] {
  return ctx.spans.filter(
    (span) => span.kind === 'worker' && span.label === 'toThread(lookup)' && span.start <= ctx.elapsedMs,
  );
}

check('translate returns the translations', async (ctx) => {
  const translate = ctx.exports['translate'];
  assert(
    typeof translate === 'function',
    ctx.say({ en: 'main.ts must export the function `translate`.', 'zh-cn': 'main.ts 必须导出函数 `translate`。' }),
  );
  const result: unknown = await (translate as (words: string[], lang: string) => Promise<unknown>)(
    ['owl', 'cat', 'fish'],
    'de',
  );
  const expected = ['owl', 'Katze', 'Fisch'];
  assert(
    JSON.stringify(result) === JSON.stringify(expected),
    ctx.say({
      en: `await translate(["owl", "cat", "fish"], "de") gave ${JSON.stringify(result)}; it should give ${JSON.stringify(expected)}. toThread(fn, ...args) calls fn(...args) with the arguments in the order you pass them.`,
      'zh-cn': `await translate(["owl", "cat", "fish"], "de") 得到的是 ${JSON.stringify(result)}；应当是 ${JSON.stringify(expected)}。toThread(fn, ...args) 按你传入的顺序把参数交给 fn(...args)。`,
    }),
  );
});

check('each lookup runs in a thread', (ctx) => {
  // The run translates 4 words: 4 workers running lookup.
  const workers = lookupWorkers(ctx);
  assert(
    workers.length >= 4,
    ctx.say({
      en: `translating 4 words, your run had ${workers.length} worker(s) running lookup (the timeline shows each as toThread(lookup)); there should be 4. Pass lookup itself and its arguments to toThread: lookup(...) inside the parentheses runs here, on the event loop's thread, before toThread is even called.`,
      'zh-cn': `翻译 4 个单词时，你的运行中只有 ${workers.length} 个 worker 在运行 lookup（时间线上每个都显示为 toThread(lookup)）；应当有 4 个。要把 lookup 本身和它的参数交给 toThread：写在括号里的 lookup(...) 会在调用 toThread 之前，就在这里、在事件循环的线程上运行。`,
    }),
  );
});

check('the lookups run at the same time', (ctx) => {
  // Counted, not timed: how many lookup workers were busy at the same moment.
  const most = mostAtOnce(lookupWorkers(ctx));
  assert(
    most >= 4,
    ctx.say({
      en: `translating 4 words, your run had at most ${most} lookup(s) running at a time; all 4 should run at once. Start every toThread before awaiting any (Promise.all).`,
      'zh-cn': `翻译 4 个单词时，你的运行中同一时刻最多只有 ${most} 次查词；4 次应当同时运行。先启动所有 toThread，再等待它们（Promise.all）。`,
    }),
  );
});
