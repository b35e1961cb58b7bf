import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Monaco is megabytes: on CI's loaded two-core machine it took over 10 s to download and start. */
export const MONACO_MS = 60_000;

/** A line Monaco would only flag if its TypeScript diagnostics ran: a number that is a string. */
export const PROBE = "const probe: number = 'not a number';";

/** Turns a playground's static code into Monaco (the Edit button) and waits for it to have focus. */
export async function openEditor(root: Locator): Promise<Locator> {
  await root.getByRole('button', { name: /^(Edit|编辑)$/ }).click();
  const editor = root.locator('.monaco-editor').first();
  await expect(editor).toBeVisible({ timeout: MONACO_MS });
  await expect(editor.locator('textarea, .native-edit-context').first()).toBeFocused();
  return editor;
}

/** The line numbers Monaco shows a red squiggle on, among the lines on screen now. */
export function visibleErrorLines(editor: Locator): Promise<{ errors: number[]; shown: number[] }> {
  return editor.evaluate((root) => {
    // Each visible line has a row in the margin (its number) and one in the overlays (its
    // decorations), both positioned by the same `top`.
    const numbers = new Map<string, number>();
    for (const row of root.querySelectorAll<HTMLElement>('.margin-view-overlays > div')) {
      const text = row.querySelector('.line-numbers')?.textContent?.trim();
      if (text) numbers.set(row.style.top, Number(text));
    }
    const errors: number[] = [];
    for (const row of root.querySelectorAll<HTMLElement>('.view-overlays > div')) {
      const line = numbers.get(row.style.top);
      if (line !== undefined && row.querySelector('.squiggly-error')) errors.push(line);
    }
    return { errors, shown: [...numbers.values()] };
  });
}

/**
 * Adds PROBE as the last line of the focused editor, waits until Monaco's TypeScript worker has
 * flagged it (so the diagnostics of the whole file are in), then pages through the file and returns
 * every line with an error squiggle: only the probe's, when the code is free of false errors.
 */
export async function errorLinesWithProbe(page: Page, editor: Locator): Promise<{ errors: number[]; probe: number }> {
  await page.keyboard.press('Control+End');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(PROBE);
  // The probe's line as Monaco draws it: the line number beside the text. (The highest number on
  // screen raced the rendering of the new line on a loaded machine and named the line before it.)
  const probeLine = (): Promise<number> =>
    editor.evaluate((root, text) => {
      const numbers = new Map<string, number>();
      for (const row of root.querySelectorAll<HTMLElement>('.margin-view-overlays > div')) {
        const number = row.querySelector('.line-numbers')?.textContent?.trim();
        if (number) numbers.set(row.style.top, Number(number));
      }
      for (const line of root.querySelectorAll<HTMLElement>('.view-lines > .view-line')) {
        if ((line.textContent ?? '').replace(/\u00a0/g, ' ').trim() === text) return numbers.get(line.style.top) ?? 0;
      }
      return 0;
    }, PROBE);
  await expect.poll(probeLine, { timeout: 30_000, message: 'the probe is drawn' }).toBeGreaterThan(0);
  const probe = await probeLine();
  await expect
    .poll(async () => (await visibleErrorLines(editor)).errors, { timeout: 90_000, message: 'the probe is flagged' })
    .toContain(probe);

  const errors = new Set<number>();
  await page.keyboard.press('Control+Home');
  for (;;) {
    await page.waitForTimeout(100); // a frame for Monaco to render the new viewport
    const view = await visibleErrorLines(editor);
    for (const line of view.errors) errors.add(line);
    if (view.shown.includes(probe)) break;
    await page.keyboard.press('PageDown');
  }
  return { errors: [...errors].sort((a, b) => a - b), probe };
}
