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

check('saveNotes waits for every save', async (ctx) => {
  const { saveNotes, db } = exportsOf(ctx);
  await sleep(250); // let any save still running from earlier finish first
  db.length = 0;
  const message = await saveNotes(['first', 'second']);
  const held = JSON.stringify(db);
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
