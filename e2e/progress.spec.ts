import { readFileSync } from 'node:fs';
import { expect, test } from './support/site';
import { workspace } from './support/exercise';

/** Progress is local: passing shows in the list and the outline; export, import and reset work. */
test('passing an exercise marks it done; export, reset and import round-trip', async ({ page, site }, info) => {
  test.setTimeout(90_000);
  await page.goto(site.url('en/exercises/concurrent-fetches/'));
  const ws = workspace(page);
  await page.getByRole('button', { name: 'Show solution' }).click();
  await page.getByRole('button', { name: 'Copy solution into my code' }).click();
  expect(await ws.runChecks()).toBe('All checks passed');

  await page.goto(site.url('en/exercises/'));
  const state = page.locator('[data-exercise-state="concurrent-fetches"]');
  await expect(state).toHaveText('Done');
  await expect(page.locator('[data-exercise-count]')).toHaveText(/^1 of \d+ done$/);
  await page.reload();
  await expect(state).toHaveText('Done');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export progress' }).click(),
  ]);
  const file = info.outputPath('progress.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    version: number;
    exercises: Record<string, { status: string }>;
    code: Record<string, string>;
  };
  expect(exported).toMatchObject({
    format: 'async-lab-progress',
    version: 1,
    exercises: { 'concurrent-fetches': { status: 'passed' } },
  });
  expect(exported.code['exercise/concurrent-fetches']).toContain('Promise.all');

  // Reset asks first; Cancel keeps everything.
  await page.getByRole('button', { name: 'Reset everything' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset everything?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(state).toHaveText('Done');
  await page.getByRole('button', { name: 'Reset everything' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(state).toHaveText('Not started');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('async-lab:code:')))).toEqual(
    [],
  );

  await page
    .locator('[data-import]')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await expect(page.locator('[data-progress-status]')).toHaveText(
    /could not be imported: it is not an Async Lab progress file/,
  );
  await page.locator('[data-import]').setInputFiles(file);
  await expect(page.locator('[data-progress-status]')).toHaveText(/Imported progress for 1 exercises/);
  await expect(state).toHaveText('Done');
  await page.goto(site.url('en/exercises/concurrent-fetches/'));
  expect(await ws.code()).toContain('Promise.all');
});

test('running every playground of a lesson marks it done in the outline', async ({ page, site }) => {
  test.setTimeout(180_000);
  await page.goto(site.url('en/lessons/coroutines/'));
  const mark = page.locator('[data-progress-lesson="coroutines"] [data-mark]');
  await expect(mark).toBeHidden();
  // Every playground the reader can see: of a <CodeTwins> pair only the shown language (running
  // either counts); standalone Python ones too. The first Python run boots the interpreter.
  const shown = page.locator('[data-playground]:visible');
  const count = await shown.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i += 1) {
    const pg = shown.nth(i);
    await pg.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(pg.getByRole('status')).toHaveAttribute('data-duration-ms', /\d+/, { timeout: 60_000 });
  }
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('data-mark', 'done');
});
