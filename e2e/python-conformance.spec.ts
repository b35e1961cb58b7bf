import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import lz from 'lz-string';
import { expect, test } from './support/site';
import { playground } from './support/playground';

/**
 * The page's Python prints what CPython prints. Each program in e2e/python-conformance/ runs on this
 * machine's python3 (3.11) and in the Python playground (Pyodide's CPython 3.14 with the shim's loop),
 * and the printed lines must be the same, in the same order: the ready queue's turns, zero-delay
 * timers, task steps, done-callbacks, cancellation, queues and events, timers of different lengths.
 * The programs avoid what differs between 3.11 and 3.14 (messages, reprs of internals).
 */
const DIR = 'e2e/python-conformance';
const programs = readdirSync(DIR)
  .filter((file) => file.endsWith('.py'))
  .sort();
const python = spawnSync('python3', ['--version']).status === 0;

test.describe('Python prints what CPython prints', () => {
  test.skip(!python, 'no python3 on this machine to compare with');
  test.describe.configure({ timeout: 180_000 });

  test('every program in e2e/python-conformance/', async ({ page, site }) => {
    expect(programs.length).toBeGreaterThanOrEqual(7);
    const pg = playground(page);
    for (const [index, file] of programs.entries()) {
      const code = readFileSync(join(DIR, file), 'utf8');
      const cpython = spawnSync('python3', ['-c', code], { encoding: 'utf8', timeout: 30_000 });
      expect(cpython.status, `${file} on CPython: ${cpython.stderr}`).toBe(0);
      const expected = cpython.stdout.trimEnd().split('\n');
      const url = `${site.url('en/playground/python/')}#code/${lz.compressToEncodedURIComponent(code)}`;
      // The first program loads the page; the others change the link, which the page follows.
      await page.goto(url);
      await expect(pg.root).toContainText(code.split('\n')[0] ?? '');
      await pg.run.click();
      await pg.finished('done', index === 0 ? 60_000 : 20_000);
      const printed = await pg.console.locator('[data-kind="log"] .console-message').allInnerTexts();
      expect(printed, file).toEqual(expected);
    }
  });
});
