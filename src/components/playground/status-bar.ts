import type { RunOutcome } from '../../engine';
import { formatMs } from '../console/console-view';

export type RunState = 'idle' | 'loading' | 'running' | 'done' | 'error' | 'stopped' | 'timeout';

/**
 * The status line under a playground: `data-state` and, once a run has finished,
 * `data-duration-ms` — the contract the e2e tests read — plus the same in words.
 */
export function createStatusBar(element: HTMLElement, strings: Record<string, string>) {
  const label = element.querySelector<HTMLElement>('[data-status-text]') ?? element;
  return {
    /** `text` replaces the state's usual words, for endings they would misdescribe ("Error after 0 ms" for code that never ran). */
    set(state: RunState, durationMs?: number, text?: string): void {
      element.dataset['state'] = state;
      if (durationMs === undefined) delete element.dataset['durationMs'];
      else element.dataset['durationMs'] = String(Math.round(durationMs));
      const template = strings[`pg.state.${state}`] ?? state;
      label.textContent = text ?? template.replace('{ms}', durationMs === undefined ? '' : formatMs(durationMs));
    },
  };
}

/** Code that does not build never ran: the status says so, and where, instead of "Error after 0 ms". */
export function notRunText(outcome: RunOutcome, strings: Record<string, string>): string | undefined {
  if (outcome.cause !== 'syntax-error' && outcome.cause !== 'import-error') return undefined;
  const template = strings[outcome.cause === 'syntax-error' ? 'pg.state.syntax' : 'pg.state.import'] ?? '';
  return template.replace('{where}', outcome.where ?? 'main.ts');
}
