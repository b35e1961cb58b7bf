import { assert, check, type CheckContext } from 'async-lab/check';

function loadProfilesOf(ctx: CheckContext): (ids: number[]) => Promise<unknown> {
  const loadProfiles = ctx.exports['loadProfiles'];
  assert(
    typeof loadProfiles === 'function',
    ctx.say({
      en: 'main.ts must export the function `loadProfiles`.',
      'zh-cn': 'main.ts 必须导出函数 `loadProfiles`。',
    }),
  );
  return loadProfiles as (ids: number[]) => Promise<unknown>;
}

check('names in the order of ids', async (ctx) => {
  const names = JSON.stringify(await loadProfilesOf(ctx)([3, 1, 2]));
  const expected = JSON.stringify(['user 3', 'user 1', 'user 2']);
  assert(
    names === expected,
    ctx.say({
      en: `loadProfiles([3, 1, 2]) gave ${names}; it should list the names in the order of the ids, not in the order they arrived: ${expected}.`,
      'zh-cn': `loadProfiles([3, 1, 2]) 返回了 ${names}；名字应当按 id 的顺序排列，而不是按到达的顺序：${expected}。`,
    }),
  );
});

check('profiles load concurrently', async (ctx) => {
  const loadProfiles = loadProfilesOf(ctx);
  // 400 + 200 + 600 ms: about 600 ms at once, 1 200 ms one after the other.
  const { ms } = await ctx.time(() => loadProfiles([2, 1, 3]));
  assert(
    ms < 900,
    ctx.say({
      en: `loadProfiles([2, 1, 3]) took ${ctx.ms(ms)}; loaded concurrently it takes as long as the slowest profile, about 600 ms.`,
      'zh-cn': `loadProfiles([2, 1, 3]) 用了 ${ctx.ms(ms)}；并发加载时，总耗时等于最慢的那份资料，约 600 ms。`,
    }),
  );
});
