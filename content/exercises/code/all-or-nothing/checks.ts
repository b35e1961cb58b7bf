import { sleep } from 'async-lab';
import { assert, check, type CheckContext } from 'async-lab/check';

type FetchPart = (name: string, seconds: number, signal?: AbortSignal) => Promise<string>;
type LoadDashboard = (parts: Record<string, number>, fetchOne?: FetchPart) => Promise<Record<string, string>>;
type Outcome = { rejected: false; value: unknown; ms: number } | { rejected: true; error: unknown; ms: number };

/**
 * Stand-ins for fetchPart, as the checks plan them: how long each part takes and which one fails. A
 * part whose signal aborts takes 100 ms to close its connection, as a real one may: a dashboard that
 * rejects before its aborted parts have ended leaves them running behind it.
 */
class Services {
  readonly live = new Set<string>();
  readonly finished: string[] = [];
  /** The most parts in flight at one moment. */
  most = 0;
  readonly failure = new Error('b: service down');

  // Declared and assigned, not parameter properties: beside public fields those are built by
  // esbuild only, and these checks take the page's quick path (bundler/quick-module.ts).
  readonly plan: Record<string, number>;
  readonly fails: string | null;

  constructor(plan: Record<string, number>, fails: string | null = null) {
    this.plan = plan;
    this.fails = fails;
  }

  readonly fetchOne: FetchPart = async (name, seconds, signal) => {
    this.live.add(name);
    this.most = Math.max(this.most, this.live.size);
    try {
      await new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason as Error);
        const timer = setTimeout(resolve, seconds * 1000);
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason as Error);
        });
      });
      if (name === this.fails) throw this.failure;
      this.finished.push(name);
      return `part ${name}`;
    } catch (error) {
      if (signal?.aborted && error !== this.failure) await sleep(100); // closing the connection
      throw error;
    } finally {
      this.live.delete(name);
    }
  };

  /** loadDashboard(plan, fetchOne): how it settled, and when. */
  async load(ctx: CheckContext): Promise<Outcome> {
    const load = ctx.exports['loadDashboard'];
    assert(
      typeof load === 'function',
      ctx.say({
        en: 'main.ts must export the function `loadDashboard`.',
        'zh-cn': 'main.ts 必须导出函数 `loadDashboard`。',
      }),
    );
    const { value, ms } = await ctx.time(() =>
      (load as LoadDashboard)({ ...this.plan }, this.fetchOne).then(
        (result) => ({ rejected: false as const, value: result }),
        (error: unknown) => ({ rejected: true as const, error }),
      ),
    );
    return { ...value, ms };
  }
}

/** What an error is, for a message: "AbortError: …", "AggregateError: …". */
const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

check('every part arrives, in order', async (ctx) => {
  const outcome = await new Services({ a: 0.3, b: 0.1, c: 0.2 }).load(ctx);
  const expected = { a: 'part a', b: 'part b', c: 'part c' };
  const got = outcome.rejected ? `rejected with ${describe(outcome.error)}` : JSON.stringify(outcome.value);
  assert(
    got === JSON.stringify(expected),
    ctx.say({
      en: `loadDashboard({ a: 0.3, b: 0.1, c: 0.2 }, fetchOne) gave ${got}; it should resolve with ${JSON.stringify(expected)}, in the order of the parts.`,
      'zh-cn': `loadDashboard({ a: 0.3, b: 0.1, c: 0.2 }, fetchOne) 的结果是 ${got}；应当按各部分的顺序以 ${JSON.stringify(expected)} 完成。`,
    }),
  );
});

check('the parts are fetched at once', async (ctx) => {
  const services = new Services({ a: 0.3, b: 0.1, c: 0.2 });
  const { ms } = await services.load(ctx);
  // How many parts were in flight together, not how long they took: a loaded machine makes every
  // timer late and a right answer slow, but its three parts are still fetched at the same time.
  assert(
    services.most === 3,
    ctx.say({
      en: `parts of 0.3, 0.1 and 0.2 s took ${ctx.ms(ms)}, with at most ${services.most} fetched at the same time; fetched at once, all three are in flight together and take about 300 ms.`,
      'zh-cn': `0.3、0.1 和 0.2 秒的三个部分用了 ${ctx.ms(ms)}，同一时刻最多只有 ${services.most} 个在获取；同时获取时三个部分一起进行，只要约 300 ms。`,
    }),
  );
});

check('a failure rejects with its own error', async (ctx) => {
  // "a" comes first in the list and would take 1 s; "b" fails after 0.1 s.
  const services = new Services({ a: 1, b: 0.1 }, 'b');
  const outcome = await services.load(ctx);
  assert(
    outcome.rejected,
    ctx.say({
      en: `part b failed, but loadDashboard resolved with ${JSON.stringify(outcome.rejected ? null : outcome.value)}; the failure should reach the caller.`,
      'zh-cn': `b 部分失败了，loadDashboard 却以 ${JSON.stringify(outcome.rejected ? null : outcome.value)} 完成；失败应当传给调用方。`,
    }),
  );
  assert(
    outcome.error === services.failure,
    ctx.say({
      en: `when part b fails with "Error: b: service down", loadDashboard rejects with ${describe(outcome.error)}; it should reject with b's own error, not with the abort of the parts it stopped.`,
      'zh-cn': `b 部分以 "Error: b: service down" 失败时，loadDashboard 以 ${describe(outcome.error)} 拒绝；它应当以 b 自己的错误拒绝，而不是以被它叫停的部分的中止拒绝。`,
    }),
  );
});

check('the other parts are stopped', async (ctx) => {
  const services = new Services({ a: 1, b: 0.1 }, 'b');
  const outcome = await services.load(ctx);
  const live = [...services.live];
  const finished = [...services.finished];
  // Whatever is still running is not the next check's business.
  await sleep(200);
  assert(
    outcome.rejected,
    ctx.say({
      en: 'part b failed, but loadDashboard did not reject.',
      'zh-cn': 'b 部分失败了，loadDashboard 却没有拒绝。',
    }),
  );
  assert(
    !finished.includes('a') && outcome.ms < 600,
    ctx.say({
      en: `part b failed after 100 ms, but loadDashboard rejected only after ${ctx.ms(outcome.ms)}, once part a (1 s) had finished. A failure should abort the other parts at once: pass them a signal, and abort it.`,
      'zh-cn': `b 部分在 100 ms 时就失败了，loadDashboard 却等 a 部分（1 秒）完成后，过了 ${ctx.ms(outcome.ms)} 才拒绝。一个部分失败，应当立即中止其余部分：把 signal 传给它们，然后中止它。`,
    }),
  );
  assert(
    live.length === 0,
    ctx.say({
      en: `when loadDashboard rejected, part ${live.join(', ')} was still running. Abort the other parts and wait for them to end before you reject, as a TaskGroup does.`,
      'zh-cn': `loadDashboard 拒绝时，${live.join('、')} 部分仍在运行。应当像 TaskGroup 那样，先中止其余部分并等它们结束，再拒绝。`,
    }),
  );
});
