import { sleep } from 'async-lab';
import { assert, check, type CheckContext } from 'async-lab/check';

function exportsOf(ctx: CheckContext) {
  const { saveNotes, db } = ctx.exports;
  assert(
    typeof saveNotes === 'function',
    ctx.say({ en: 'main.ts must export the function `saveNotes`.', 'zh-cn': 'main.ts 必须导出函数 `saveNotes`。' }),
  );
  assert(
    Array.isArray(db),
    ctx.say({ en: 'main.ts must export the array `db`.', 'zh-cn': 'main.ts 必须导出数组 `db`。' }),
  );
  return { saveNotes: saveNotes as (notes: string[]) => Promise<unknown>, db: db as string[] };
}

/**
 * Empties `db` and calls saveNotes(notes), noting when each note was stored (ms from the call), when
 * saveNotes resolved, with what, and what `db` held at that moment.
 */
async function watchSaves(ctx: CheckContext, notes: string[]) {
  const { saveNotes, db } = exportsOf(ctx);
  await sleep(250); // let any save still running from earlier finish first
  db.length = 0;
  const start = performance.now();
  const stored: number[] = [];
  // save() stores a note with db.push: timing each push is exact, where looking at db every few ms
  // drifts by as much as a busy machine delays the look.
  Object.defineProperty(db, 'push', {
    configurable: true,
    value: (...items: string[]) => {
      stored.push(...items.map(() => performance.now() - start));
      return Array.prototype.push.apply(db, items);
    },
  });
  try {
    const message = await saveNotes(notes);
    const resolvedAt = performance.now() - start;
    const held = JSON.stringify(db);
    // Saves that saveNotes did not wait for may still be on their way.
    while (stored.length < notes.length && performance.now() - start < 2000) await sleep(10);
    return { stored, resolvedAt, message, held };
  } finally {
    Reflect.deleteProperty(db, 'push');
  }
}

check('saveNotes waits for every save', async (ctx) => {
  const { stored, resolvedAt, message, held } = await watchSaves(ctx, ['first', 'second']);
  assert(
    held === '["first","second"]',
    ctx.say({
      en: `when saveNotes(["first", "second"]) resolved, the database held ${held}; it should already hold both notes. Is an \`await\` missing in front of a call that returns a promise?`,
      'zh-cn': `saveNotes(["first", "second"]) 完成时，数据库里是 ${held}；此时两条笔记都应当已经存进去了。是不是有个返回 Promise 的调用前面漏了 \`await\`？`,
    }),
  );
  assert(
    message === 'saved 2 notes',
    ctx.say({
      en: `saveNotes(["first", "second"]) returned ${JSON.stringify(message)}; it should report "saved 2 notes".`,
      'zh-cn': `saveNotes(["first", "second"]) 返回了 ${JSON.stringify(message)}；应当返回 "saved 2 notes"。`,
    }),
  );
  const late = resolvedAt - (stored.at(-1) ?? resolvedAt);
  // A right answer resolves right after the last save; guessing how long the saves take (a sleep)
  // resolves long after.
  assert(
    late < 150,
    ctx.say({
      en: `saveNotes(["first", "second"]) resolved ${ctx.ms(late)} after the last note was saved; it should resolve as soon as the last save is done, by awaiting the saves rather than guessing how long they take.`,
      'zh-cn': `saveNotes(["first", "second"]) 在最后一条笔记存好 ${ctx.ms(late)} 之后才完成；它应当在最后一次保存完成时就完成：要 await 这些保存，而不是猜它们要花多久。`,
    }),
  );
});

check('saves one after the other', async (ctx) => {
  const { stored } = await watchSaves(ctx, ['first', 'second', 'third']);
  const times = stored.map((ms) => ctx.ms(ms)).join(', ');
  // One after the other, each 200 ms save starts when the one before has finished, so a late timer
  // only widens the gaps; at once, they all land together, about 200 ms after the call.
  const apart = stored.every((ms, i) => i === 0 || ms - (stored[i - 1] ?? 0) >= 150);
  assert(
    stored.length === 3 && apart,
    ctx.say({
      en: `saveNotes(["first", "second", "third"]) stored the notes after ${times || 'nothing'}; saved one after the other, each 200 ms save waits for the one before, so they come about 200 ms apart.`,
      'zh-cn': `saveNotes(["first", "second", "third"]) 存入笔记的时刻是 ${times || '（没有存入）'}；一条接一条地保存时，每次 200 ms 的保存都要等上一次完成，所以前后约相隔 200 ms。`,
    }),
  );
});

check('reports "saved 3 notes"', (ctx) => {
  const lines = ctx.logs.filter((line) => line.kind === 'log').map((line) => line.text);
  const report = lines.find((text) => /^saved \d+ notes$/.test(text));
  assert(
    report !== undefined,
    ctx.say({
      en: 'the code at the bottom of main.ts should log what saveNotes returned, e.g. "saved 3 notes".',
      'zh-cn': 'main.ts 末尾的代码应当打印 saveNotes 的返回值，例如 "saved 3 notes"。',
    }),
  );
  assert(
    report === 'saved 3 notes',
    ctx.say({
      en: `main.ts logged "${report}": the count was read before the three saves had finished.`,
      'zh-cn': `main.ts 打印了 "${report}"：计数是在三次保存完成之前读取的。`,
    }),
  );
});
