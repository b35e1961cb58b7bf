import { sleep } from 'async-lab';
import { assert, assertEqual, check, type CheckContext } from 'async-lab/check';

function exportsOf(ctx: CheckContext) {
  const { saveNotes, db } = ctx.exports;
  assert(typeof saveNotes === 'function', 'main.ts must export the function `saveNotes`.');
  assert(Array.isArray(db), 'main.ts must export the array `db`.');
  return { saveNotes: saveNotes as (notes: string[]) => Promise<unknown>, db: db as string[] };
}

check('saveNotes waits for every save', async (ctx) => {
  const { saveNotes, db } = exportsOf(ctx);
  await sleep(250); // let any save still running from earlier finish first
  db.length = 0;
  const message = await saveNotes(['first', 'second']);
  assertEqual(
    [...db],
    ['first', 'second'],
    'when saveNotes(["first", "second"]) resolved, the database should already hold both notes. Is an `await` missing in front of a call that returns a promise?',
  );
  assertEqual(message, 'saved 2 notes', 'saveNotes(["first", "second"]) should report');
});

check('reports "saved 3 notes"', (ctx) => {
  const lines = ctx.logs.filter((line) => line.kind === 'log').map((line) => line.text);
  const report = lines.find((text) => /^saved \d+ notes$/.test(text));
  assert(
    report !== undefined,
    'the code at the bottom of main.ts should log what saveNotes returned, e.g. "saved 3 notes".',
  );
  assert(
    report === 'saved 3 notes',
    `main.ts logged "${report}": the count was read before the three saves had finished.`,
  );
});
