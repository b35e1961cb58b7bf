import { sleep } from 'async-lab';
import { assert, check, type CheckContext } from 'async-lab/check';

type Download = (name: string, seconds: number, signal: AbortSignal, chunkUrl?: string) => Promise<number | null>;
type Outcome =
  | { settled: false }
  | { settled: true; rejected: false; value: unknown }
  | { settled: true; rejected: true; error: unknown };

/** A chunk URL whose answer is a 503: the download's network error. */
const FAILING_CHUNK = 'https://httpbin.org/status/503';

function downloadOf(ctx: CheckContext): Download {
  const download = ctx.exports['download'];
  assert(
    typeof download === 'function',
    ctx.say({ en: 'main.ts must export the function `download`.', 'zh-cn': 'main.ts 必须导出函数 `download`。' }),
  );
  return download as Download;
}

function partialFilesOf(ctx: CheckContext): Map<string, number> {
  const files = ctx.exports['partialFiles'];
  assert(
    files instanceof Map,
    ctx.say({ en: 'main.ts must export the Map `partialFiles`.', 'zh-cn': 'main.ts 必须导出 Map `partialFiles`。' }),
  );
  return files as Map<string, number>;
}

/** How `work` ends, or `settled: false` if it has not within `ms`. */
async function outcomeWithin(work: Promise<unknown>, ms: number): Promise<Outcome> {
  const outcome = work.then(
    (value): Outcome => ({ settled: true, rejected: false, value }),
    (error: unknown): Outcome => ({ settled: true, rejected: true, error }),
  );
  return Promise.race([outcome, sleep(ms).then((): Outcome => ({ settled: false }))]);
}

/** What an outcome was, for a message: "resolved with null", "rejected with Error: …". */
function describe(ctx: CheckContext, outcome: Outcome): string {
  if (!outcome.settled) return ctx.say({ en: 'was still running', 'zh-cn': '仍在运行' });
  if (!outcome.rejected)
    return ctx.say({ en: `resolved with ${String(outcome.value)}`, 'zh-cn': `以 ${String(outcome.value)} 完成` });
  const error = outcome.error as Error | undefined;
  const what = `${error?.name ?? String(error)}${error?.message ? `: ${error.message}` : ''}`;
  return ctx.say({ en: `rejected with ${what}`, 'zh-cn': `以 ${what} 拒绝` });
}

/** Starts download(name, seconds), aborts it after `delayMs`, and gives it 600 ms to end. */
async function abortedAfter(ctx: CheckContext, name: string, seconds: number, delayMs: number) {
  const controller = new AbortController();
  const work = downloadOf(ctx)(name, seconds, controller.signal);
  await sleep(delayMs);
  controller.abort();
  return { controller, outcome: await outcomeWithin(work, 600) };
}

check('a download in time returns its size', async (ctx) => {
  const size = await downloadOf(ctx)('a.txt', 0.3, new AbortController().signal);
  assert(
    size === 3,
    ctx.say({
      en: `download("a.txt", 0.3, signal) resolved with ${String(size)}; three chunks arrived, so it should resolve with 3.`,
      'zh-cn': `download("a.txt", 0.3, signal) 的结果是 ${String(size)}；三个块都到了，应当是 3。`,
    }),
  );
});

check('a network error returns null', async (ctx) => {
  const outcome = await outcomeWithin(downloadOf(ctx)('b.txt', 0.5, new AbortController().signal, FAILING_CHUNK), 2000);
  assert(
    outcome.settled && !outcome.rejected && outcome.value === null,
    ctx.say({
      en: `with every chunk answered 503, download("b.txt", 0.5, signal, chunkUrl) ${describe(ctx, outcome)}; a network error should print a line and resolve with null.`,
      'zh-cn': `每个块都得到 503 时，download("b.txt", 0.5, signal, chunkUrl) ${describe(ctx, outcome)}；网络错误应当打印一行，并以 null 完成。`,
    }),
  );
});

check('aborting stops the download', async (ctx) => {
  const { controller, outcome } = await abortedAfter(ctx, 'c.bin', 1.5, 250);
  assert(
    outcome.settled,
    ctx.say({
      en: 'download("c.bin", 1.5, signal) was still running 600 ms after controller.abort().',
      'zh-cn': 'controller.abort() 之后过了 600 ms，download("c.bin", 1.5, signal) 仍在运行。',
    }),
  );
  assert(
    outcome.rejected && (outcome.error === controller.signal.reason || (outcome.error as Error)?.name === 'AbortError'),
    ctx.say({
      en: `after controller.abort(), download("c.bin", 1.5, signal) ${describe(ctx, outcome)}; it should reject with the signal's reason, the AbortError, so that whoever aborted it knows it stopped.`,
      'zh-cn': `controller.abort() 之后，download("c.bin", 1.5, signal) ${describe(ctx, outcome)}；它应当以 signal 的 reason（AbortError）拒绝，中止它的一方才知道它停下了。`,
    }),
  );
});

check('no partial file is left behind', async (ctx) => {
  const files = partialFilesOf(ctx);
  const download = downloadOf(ctx);
  await outcomeWithin(download('d-done.txt', 0.2, new AbortController().signal), 2000);
  await outcomeWithin(download('d-failed.txt', 0.5, new AbortController().signal, FAILING_CHUNK), 2000);
  const { controller } = await abortedAfter(ctx, 'd-aborted.txt', 1.5, 150);
  const endings = { 'd-done.txt': 'done', 'd-failed.txt': 'after a network error', 'd-aborted.txt': 'aborted' };
  const endingsZh = { 'd-done.txt': '完成', 'd-failed.txt': '网络错误之后', 'd-aborted.txt': '被中止' };
  const left = Object.keys(endings).filter((name) => files.has(name)) as (keyof typeof endings)[];
  controller.abort();
  assert(
    left.length === 0,
    ctx.say({
      en: `partialFiles still holds ${left.map((name) => `${name} (${endings[name]})`).join(', ')}. A download must delete its entry however it ends: done, failed or aborted.`,
      'zh-cn': `partialFiles 里还留着 ${left.map((name) => `${name}（${endingsZh[name]}）`).join('、')}。无论下载怎样结束（完成、失败还是被中止），都必须删除它的条目。`,
    }),
  );
});

check('AbortSignal.timeout stops it on time', async (ctx) => {
  const { value: outcome, ms } = await ctx.time(() =>
    outcomeWithin(downloadOf(ctx)('e.iso', 2, AbortSignal.timeout(350)), 3000),
  );
  assert(
    outcome.settled && outcome.rejected && (outcome.error as Error)?.name === 'TimeoutError',
    ctx.say({
      en: `download("e.iso", 2, AbortSignal.timeout(350)) ${describe(ctx, outcome)} after ${ctx.ms(ms)}; it should reject with the signal's TimeoutError.`,
      'zh-cn': `download("e.iso", 2, AbortSignal.timeout(350)) 在 ${ctx.ms(ms)} 后${describe(ctx, outcome)}；它应当以 signal 的 TimeoutError 拒绝。`,
    }),
  );
  assert(
    ms < 900,
    ctx.say({
      en: `download("e.iso", 2, AbortSignal.timeout(350)) rejected only after ${ctx.ms(ms)}; it should stop after about 350 ms.`,
      'zh-cn': `download("e.iso", 2, AbortSignal.timeout(350)) 过了 ${ctx.ms(ms)} 才拒绝；它应当在约 350 ms 时停下。`,
    }),
  );
});
