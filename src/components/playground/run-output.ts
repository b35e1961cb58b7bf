import type { CheckResult, RunEvents, RunOutcome } from '../../engine';
import { createConsolePanel } from '../console/console-panel';
import { createTimelineView } from '../timeline/timeline-view';
import { createStatusBar, notRunText } from './status-bar';

/**
 * What a playground shows of its runs: the console, the timeline and the status bar, and how one
 * run's events reach them. Only the current run may write: a run replaced by a newer one (its
 * `isCurrent` false) still delivers late messages, and those are dropped here, so no output of an
 * earlier Run can appear under a later one.
 */
export function createRunOutput(find: (selector: string) => HTMLElement, strings: Record<string, string>) {
  const consolePanel = createConsolePanel(find('[role="log"]'), strings);
  const timeline = createTimelineView(find('[data-timeline]'), strings, find('[data-action="timeline"]'));
  const status = createStatusBar(find('.pg-status'), strings);
  status.set('idle');

  return {
    clearConsole: (): void => consolePanel.clear(),

    /** A run begins: the previous run's output goes. */
    start(): void {
      consolePanel.clear();
      timeline.clear();
      status.set('loading');
    },

    /** The engine's events for one run, written only while `isCurrent()` holds. */
    events(
      isCurrent: () => boolean,
      onDiagnostics: RunEvents['onDiagnostics'],
      onChecks?: (results: CheckResult[]) => void,
    ): RunEvents {
      return {
        onPhase: (phase) => {
          if (isCurrent()) status.set(phase === 'running' ? 'running' : 'loading');
        },
        onConsole: (entries, dropped) => {
          if (!isCurrent()) return;
          consolePanel.append(entries, dropped);
          timeline.addTicks(entries);
        },
        onSpans: (spans, dropped) => {
          if (isCurrent()) timeline.addSpans(spans, dropped);
        },
        onDiagnostics,
        onChecks: (results) => {
          if (isCurrent()) onChecks?.(results);
        },
      };
    },

    /** The run is over: its warning (if any) as the console's last line, the timeline's end, the status. */
    finish(outcome: RunOutcome): void {
      if (outcome.warning) {
        const line = { kind: 'warn', method: 'system', time: outcome.durationMs, depth: 0 } as const;
        consolePanel.append([{ ...line, args: [{ t: 'string', v: outcome.warning }] }], 0);
      }
      consolePanel.drawPending();
      timeline.finish(outcome.durationMs);
      status.set(outcome.state, outcome.durationMs, notRunText(outcome, strings));
    },
  };
}

export type RunOutput = ReturnType<typeof createRunOutput>;
