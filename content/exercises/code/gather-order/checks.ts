import { assert, assertEqual, check, type CheckContext } from 'async-lab/check';

function loadProfilesOf(ctx: CheckContext): (ids: number[]) => Promise<unknown> {
  const loadProfiles = ctx.exports['loadProfiles'];
  assert(typeof loadProfiles === 'function', 'main.ts must export the function `loadProfiles`.');
  return loadProfiles as (ids: number[]) => Promise<unknown>;
}

check('names in the order of ids', async (ctx) => {
  const names = await loadProfilesOf(ctx)([3, 1, 2]);
  assertEqual(
    names,
    ['user 3', 'user 1', 'user 2'],
    'loadProfiles([3, 1, 2]) should list the names in the order of the ids, not in the order they arrived',
  );
});

check('profiles load concurrently', async (ctx) => {
  const loadProfiles = loadProfilesOf(ctx);
  // 400 + 200 + 600 ms: about 600 ms at once, 1 200 ms one after the other.
  const { ms } = await ctx.time(() => loadProfiles([2, 1, 3]));
  assert(
    ms < 900,
    `loadProfiles([2, 1, 3]) took ${Math.round(ms)} ms; loaded concurrently it takes as long as the slowest profile, about 600 ms.`,
  );
});
