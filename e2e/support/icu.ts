import type { Page } from '@playwright/test';

/**
 * Records every Intl.NumberFormat and Number#toLocaleString on the page, with its stack. The first
 * of either loads ICU's number data: 70–130 ms of main thread on two cores, one long frame where it
 * happens (a page's load, a console flood). Numbers the course shows go through groupThousands or
 * toFixed instead.
 */
export async function recordIcuCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: string[] = [];
    (window as unknown as { icuCalls: string[] }).icuCalls = calls;
    const record = (what: string): void => void calls.push(`${what}: ${new Error().stack ?? ''}`);
    const NumberFormat = Intl.NumberFormat;
    Intl.NumberFormat = new Proxy(NumberFormat, {
      construct(target, args: [string?, Intl.NumberFormatOptions?]) {
        record('Intl.NumberFormat');
        return new target(...args);
      },
      apply(target, _this, args: [string?, Intl.NumberFormatOptions?]) {
        record('Intl.NumberFormat');
        return target(...args);
      },
    });
    const toLocaleString = Number.prototype.toLocaleString;
    Number.prototype.toLocaleString = function (this: number, ...args: []) {
      record('toLocaleString');
      return toLocaleString.apply(this, args);
    };
  });
}

/** Monaco's own chunks: its editor makes an Intl.NumberFormat as it is created. */
const EDITOR_FRAME = /\/_astro\/(editor\.api|monaco-editor)\.[^/]*\.js/;

/**
 * The calls recorded so far (recordIcuCalls). With `exceptEditor`, not those made by Monaco: the
 * standalone playground opens its editor once the engine is warm and no run is going on, which with
 * the quick path's small warm-up can be within a test, right after its run.
 */
export async function icuCalls(page: Page, { exceptEditor = false } = {}): Promise<string[]> {
  const calls = await page.evaluate(() => (window as unknown as { icuCalls: string[] }).icuCalls);
  return exceptEditor ? calls.filter((call) => !EDITOR_FRAME.test(call)) : calls;
}
