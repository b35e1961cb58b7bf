import lz from 'lz-string';
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The standalone playground with `code` in its #code/ link (the TypeScript Playground's format). */
export function playgroundUrl(siteUrl: (path: string) => string, code: string, locale = 'en'): string {
  return `${siteUrl(`${locale}/playground/`)}#code/${lz.compressToEncodedURIComponent(code)}`;
}

/** The parts of one playground a person looks at, by the contract in ARCHITECTURE.md. */
export function playground(page: Page, id = 'main') {
  const root = page.locator(`[data-playground="${id}"]`);
  const status = root.getByRole('status');
  const consoleLog = root.getByRole('log');
  return {
    root,
    status,
    console: consoleLog,
    entries: consoleLog.locator('[data-kind]'),
    run: root.getByRole('button', { name: 'Run', exact: true }),
    stop: root.getByRole('button', { name: 'Stop', exact: true }),
    /** Waits until the run has finished in `state` and returns its duration in ms. */
    async finished(state: string, timeout = 20_000): Promise<number> {
      await expect(status).toHaveAttribute('data-duration-ms', /\d+/, { timeout });
      await expect(status).toHaveAttribute('data-state', state);
      return Number(await status.getAttribute('data-duration-ms'));
    },
  };
}

/** Waits until a playground's console shows `text` somewhere. */
export async function expectConsole(log: Locator, text: string | RegExp, timeout = 10_000): Promise<void> {
  await expect(log).toContainText(text, { timeout });
}

/** Where an in-page timing starts: a click on a button (found in the whole page), or a status state. */
export type TimedFrom = { click: string } | { state: string };

/**
 * Times, inside the page, from `from` to the playground's status first saying `to`: what the reader
 * waits for, without Playwright's own latency in performing a click (up to half a second on a busy
 * machine). Call it before the action it times; it resolves with the milliseconds.
 */
export function timeInPage(root: Locator, from: TimedFrom, to: string): Promise<number> {
  return root.evaluate(
    (el, { from, to }) =>
      new Promise<number>((resolve) => {
        const status = el.querySelector<HTMLElement>('[role="status"]');
        let startedAt = 0;
        if ('click' in from)
          document.addEventListener(
            'click',
            (event) => {
              if (startedAt === 0 && (event.target as Element | null)?.closest(from.click))
                startedAt = performance.now();
            },
            { capture: true },
          );
        new MutationObserver((_, observer) => {
          const state = status?.dataset['state'];
          if ('state' in from && state === from.state && startedAt === 0) startedAt = performance.now();
          if (startedAt === 0 || state !== to) return;
          observer.disconnect();
          resolve(performance.now() - startedAt);
        }).observe(status ?? el, { attributes: true });
      }),
    { from, to },
  );
}
