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

/** The calls recorded so far (recordIcuCalls). */
export function icuCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { icuCalls: string[] }).icuCalls);
}
