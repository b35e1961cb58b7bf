import { sleep } from 'async-lab';
import { assert, check, type CheckContext, mostAtOnce } from 'async-lab/check';

interface SemaphoreLike {
  acquire(): Promise<void>;
  release(): void;
}

function newSemaphore(ctx: CheckContext, limit: number): SemaphoreLike {
  const Semaphore = ctx.exports['Semaphore'];
  assert(
    typeof Semaphore === 'function',
    ctx.say({ en: 'main.ts must export the class `Semaphore`.', 'zh-cn': 'main.ts 必须导出类 `Semaphore`。' }),
  );
  return new (Semaphore as new (limit: number) => SemaphoreLike)(limit);
}

check('never more than 3 requests at once', (ctx) => {
  const requests = ctx.requests.filter((r) => r.start <= ctx.elapsedMs && r.url.includes('/delay/'));
  // The run keeps its first 2 000 spans for the checks (MAX_SPANS, engine/runtime/start-run.ts):
  // thousands of short timers, such as polling every millisecond, leave no room for the requests.
  const crowded = ctx.spans.length >= 2000;
  assert(
    requests.length === 20,
    ctx.say({
      en: `saw ${requests.length} requests; the code at the bottom of main.ts should make 20.${crowded ? ' The timeline filled up with your timers before the requests were made: poll less often.' : ''}`,
      'zh-cn': `只看到 ${requests.length} 个请求；main.ts 末尾的代码应当发出 20 个。${crowded ? '在这些请求发出之前，时间线已经被你的定时器占满了：轮询别太频繁。' : ''}`,
    }),
  );
  const most = mostAtOnce(requests);
  assert(
    most <= 3,
    ctx.say({
      en: `${most} requests were in flight at the same time; fetchLimited(urls, 3) should allow at most 3.`,
      'zh-cn': `同一时刻有 ${most} 个请求在途；fetchLimited(urls, 3) 最多只应允许 3 个。`,
    }),
  );
});

check('Semaphore(3) lets three in at once', async (ctx) => {
  const semaphore = newSemaphore(ctx, 3);
  let inside = 0;
  let most = 0;
  const start = performance.now();
  // Ten jobs of 100 ms through a semaphore of 3: four rounds, about 400 ms.
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      await semaphore.acquire();
      try {
        inside++;
        most = Math.max(most, inside);
        await sleep(100);
      } finally {
        inside--;
        semaphore.release();
      }
    }),
  );
  const ms = performance.now() - start;
  assert(
    most <= 3,
    ctx.say({
      en: `with new Semaphore(3), ${most} jobs held it at the same time.`,
      'zh-cn': `用 new Semaphore(3) 时，同一时刻有 ${most} 个任务持有它。`,
    }),
  );
  assert(
    most === 3,
    ctx.say({
      en: `with new Semaphore(3), at most ${most} job(s) held it at the same time; three should get in at once.`,
      'zh-cn': `用 new Semaphore(3) 时，同一时刻最多只有 ${most} 个任务持有它；应当有三个能同时进入。`,
    }),
  );
  assert(
    ms < 800,
    ctx.say({
      en: `ten 100 ms jobs through new Semaphore(3) took ${ctx.ms(ms)}; about 400 ms is expected (four rounds).`,
      'zh-cn': `十个 100 ms 的任务经过 new Semaphore(3) 用了 ${ctx.ms(ms)}；预期约 400 ms（分四轮）。`,
    }),
  );
});

check('release lets a waiting caller in', async (ctx) => {
  const semaphore = newSemaphore(ctx, 1);
  await semaphore.acquire();
  let secondIn = false;
  const second = semaphore.acquire().then(() => {
    secondIn = true;
  });
  await sleep(50);
  assert(
    !secondIn,
    ctx.say({
      en: 'with new Semaphore(1) held by one caller, a second acquire() resolved at once; it should wait for release().',
      'zh-cn': 'new Semaphore(1) 已被一个调用者持有时，第二个 acquire() 立刻就完成了；它应当等到 release()。',
    }),
  );
  semaphore.release();
  await Promise.race([second, sleep(200)]);
  assert(
    secondIn,
    ctx.say({
      en: 'after release(), the waiting acquire() did not resolve within 200 ms.',
      'zh-cn': '调用 release() 之后，正在等待的 acquire() 没有在 200 ms 内完成。',
    }),
  );
  semaphore.release();
});

check('first come, first served', async (ctx) => {
  const semaphore = newSemaphore(ctx, 1);
  await semaphore.acquire();
  const order: string[] = [];
  const enter = (name: string) => semaphore.acquire().then(() => void order.push(name));
  // A, B and C queue up in that order; D asks right after a release, when a place has just come free.
  const waiting = ['A', 'B', 'C'].map(enter);
  await sleep(20);
  semaphore.release();
  waiting.push(enter('D'));
  // Then each one in leaves after 50 ms, letting the next one in.
  for (let i = 0; i < 3; i++) {
    await sleep(50);
    semaphore.release();
  }
  await Promise.race([Promise.all(waiting), sleep(200)]);
  const got = order.join(', ');
  assert(
    got === 'A, B, C, D',
    ctx.say({
      en: `with new Semaphore(1) held, A, B and C called acquire() in that order, and D called it right after a release(); they got in as ${got || 'nobody'}. The place should go to the caller waiting longest, even when a newcomer asks at that moment: A, B, C, D.`,
      'zh-cn': `new Semaphore(1) 被占用时，A、B、C 依次调用 acquire()，D 在一次 release() 之后立刻调用；它们进入的顺序是 ${got || '没有人进入'}。位置应当交给等得最久的调用者，即使此刻恰好有新来的调用者：A, B, C, D。`,
    }),
  );
  semaphore.release();
});
