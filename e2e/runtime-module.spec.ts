import { expect, test } from './support/site';
import { expectConsole, playground, playgroundUrl } from './support/playground';

test('toThread and the simulated httpbin work with the browser offline', async ({ page, site, context }) => {
  const code = [
    `import { toThread } from 'async-lab';`,
    `const sum = await toThread((n: number) => { let s = 0; for (let i = 1; i <= n; i++) s += i; return s; }, 1000);`,
    `console.log('sum', sum);`,
    `const res = await fetch('https://httpbin.org/delay/1');`,
    `const body = await res.json();`,
    `console.log('status', res.status, 'url', body.url);`,
    `try { await toThread(() => { throw new TypeError('bad input'); }); } catch (e) { console.log('caught', (e as Error).name, (e as Error).message); }`,
  ].join('\n');
  await page.goto(playgroundUrl(site.url, code));
  const pg = playground(page);
  // One run online loads the compiler and runtime; then the network goes away.
  await pg.run.click();
  await pg.finished('done');
  await context.setOffline(true);
  await pg.run.click();
  const ms = await pg.finished('done');
  await expectConsole(pg.console, 'sum 500500');
  await expectConsole(pg.console, 'status 200 url https://httpbin.org/delay/1');
  await expectConsole(pg.console, 'caught TypeError bad input');
  await expect(pg.console.locator('[data-kind="system"]')).toContainText(
    /simulated GET https:\/\/httpbin.org\/delay\/1/,
  );
  expect(ms).toBeGreaterThan(990);
  await context.setOffline(false);
});
