import { expect, test } from './support/site';
import { workspace } from './support/exercise';
import { playground, playgroundUrl } from './support/playground';
import { esbuildRequests } from './support/requests';

// main.ts is a module, and the learner's code experiences it as one: strict mode, no `this` at the
// top, module-only syntax errors. And whatever it does to the built-ins, the runtime around it keeps
// working: every line shows and the run ends Done (issue 18).

/** Runs `code` in the standalone playground and returns the console's lines once it has finished in `state`. */
async function run(page: import('@playwright/test').Page, url: string, state = 'done'): Promise<string[]> {
  await page.goto(url);
  const pg = playground(page);
  await pg.run.click();
  await pg.finished(state);
  // Each entry shows its time on a line of its own above the text.
  return (await pg.entries.allInnerTexts()).map((entry) =>
    entry.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim(),
  );
}

test('main.ts runs in strict mode with the this of a module', async ({ page, site }) => {
  const code = [
    `console.log('top', String(this));`,
    `function f() { return this; }`,
    `console.log('call', String(f()));`,
    `console.log('arguments', typeof arguments);`,
    `try { (function () { undeclared = 1; })(); } catch (e) { console.log('assign', (e as Error).name); }`,
    `try { Object.freeze([1]).push(2); } catch (e) { console.log('frozen', (e as Error).name); }`,
  ].join('\n');
  expect(await run(page, playgroundUrl(site.url, code))).toEqual([
    'top undefined',
    'call undefined',
    'arguments undefined',
    'assign ReferenceError',
    'frozen TypeError',
  ]);
  // A directive the learner writes changes nothing.
  expect(await run(page, playgroundUrl(site.url, `"use strict";\nconsole.log('top', String(this));`))).toEqual([
    'top undefined',
  ]);
});

test('syntax only a sloppy script allows is a syntax error at its main.ts line', async ({ page, site }) => {
  const duplicate = await run(
    page,
    playgroundUrl(site.url, `console.log(1);\nfunction g(a, a) { return a; }`),
    'error',
  );
  expect(duplicate.join('\n')).toContain('main.ts:2:15');
  expect(duplicate.join('\n')).toContain('"a" cannot be bound multiple times');
});

// esbuild lets `await` as a name through in a nested plain function; acorn's module parse reports it
// (src/engine/bundler/module-syntax.ts), mapped back to its main.ts line.
test('await as a parameter name is a syntax error at its main.ts line', async ({ page, site }) => {
  const awaitName = await run(
    page,
    playgroundUrl(site.url, `console.log(1);\nfunction h(await) { return await; }\nconsole.log(h(2));`),
    'error',
  );
  expect(awaitName.join('\n')).toMatch(/main\.ts:2\b.*await/);
});

test('deleting Promise.prototype.then leaves the runtime working', async ({ page, site }) => {
  const code = [
    `import { sleep, toThread } from 'async-lab';`,
    `delete (Promise.prototype as { then?: unknown }).then;`,
    `console.log('one');`,
    `await sleep(20);`,
    `const res = await fetch('https://httpbin.org/get');`,
    `console.log('status', res.status, await toThread((n: number) => n * 2, 21));`,
    `await new Promise<void>((resolve) => setTimeout(resolve, 20));`,
    `console.log('two');`,
  ].join('\n');
  const lines = await run(page, playgroundUrl(site.url, code));
  expect(lines.filter((line) => !line.includes('simulated'))).toEqual(['one', 'status 200 42', 'two']);
});

test('a counting Promise.prototype.then sees only the calls the learner made', async ({ page, site }) => {
  const code = [
    `import { sleep, toThread } from 'async-lab';`,
    `const then = Promise.prototype.then;`,
    `let calls = 0;`,
    `Promise.prototype.then = function (this: Promise<unknown>, ...args: never[]) { calls++; return then.apply(this, args); } as typeof then;`,
    `await sleep(10);`,
    `const res = await fetch('https://httpbin.org/get');`,
    `console.log('status', res.status, (await res.json()).url);`,
    `console.log('thread', await toThread((n: number) => n * 2, 21));`,
    `Promise.resolve(1).then((v) => console.log('value', v));`,
    `await null;`,
    `setTimeout(() => console.log('calls', calls), 20);`,
  ].join('\n');
  const lines = await run(page, playgroundUrl(site.url, code));
  expect(lines.filter((line) => !line.includes('simulated'))).toEqual([
    'status 200 https://httpbin.org/get',
    'thread 42',
    'value 1',
    'calls 1',
  ]);
});

test('a throwing setter on Array.prototype[0] loses no line', async ({ page, site }) => {
  const code = [
    `import { sleep } from 'async-lab';`,
    `Object.defineProperty(Array.prototype, 0, { set() { throw new Error('setter'); }, configurable: true });`,
    `console.log('first', { a: [1, 2] });`,
    `await sleep(10);`,
    `console.log('second');`,
    `setTimeout(() => console.log('third'), 10);`,
  ].join('\n');
  expect(await run(page, playgroundUrl(site.url, code))).toEqual(['first {a: Array(2)}', 'second', 'third']);
});

test('an Error inside a logged object or array shows main.ts frames', async ({ page, site }) => {
  const code = [
    `function fail() {`,
    `  return new Error('nested');`,
    `}`,
    `console.log({ error: fail() }, [fail()]);`,
  ].join('\n');
  await page.goto(playgroundUrl(site.url, code));
  const pg = playground(page);
  await pg.run.click();
  await pg.finished('done');
  const entry = pg.entries.first();
  // Expanded, each error shows its stack.
  for (const toggle of await entry.locator('[aria-expanded="false"]').all()) await toggle.click();
  await expect(entry).toContainText('main.ts:2');
  await expect(entry).not.toContainText('blob:');
});

test.describe('an exercise', () => {
  // A narrow screen edits in a plain textarea: no editor to download.
  test.use({ viewport: { width: 600, height: 1000 } });

  test('its code is a module too: a top-level let read before its line throws, on Run and on Check, without esbuild', async ({
    page,
    site,
  }) => {
    const compilers = esbuildRequests(page);
    await page.goto(site.url('en/exercises/semaphore/'));
    const ws = workspace(page);
    await page.locator('[data-playground="exercise"]').getByRole('button', { name: 'Edit' }).click();
    // esbuild's bundle turned `let` into `var` and printed "undefined" here (evanw/esbuild#1301).
    await page
      .getByRole('textbox', { name: 'Code (plain text editing)' })
      .fill(
        `try {\n  console.log('read', later);\n} catch (e) {\n  console.log('read', (e as Error).name);\n}\nexport let later = 1;\nexport class Semaphore {}`,
      );
    const log = ws.root.getByRole('log').first();
    await ws.root.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(log).toContainText('read ReferenceError');
    await expect(log).not.toContainText('read undefined');
    expect(await ws.runChecks()).toMatch(/^0 of \d+ checks passed$/);
    await expect(log).toContainText('read ReferenceError');
    await expect(log).not.toContainText('read undefined');
    expect(compilers).toEqual([]);
  });
});
