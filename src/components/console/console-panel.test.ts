// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsoleEntry } from '../../schemas/console-value';
import { createConsolePanel } from './console-panel';

const strings = {
  'pg.dropped': '{n} earlier lines were dropped',
  'pg.skipped': '… {n} lines were left out here …',
};

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', () => 1);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe(): void {}
    },
  );
});

const line = (n: number): ConsoleEntry => ({
  kind: 'log',
  method: 'log',
  time: n,
  depth: 0,
  args: [{ t: 'string', v: `line ${String(n)}` }],
});
const lines = (from: number, to: number): ConsoleEntry[] =>
  Array.from({ length: to - from }, (_, index) => line(from + index));

/** What the panel shows, top to bottom, when every kept row is drawn (as for printing). */
function shown(log: HTMLElement, panel: ReturnType<typeof createConsolePanel>): string[] {
  window.dispatchEvent(new Event('beforeprint'));
  panel.drawPending();
  return [...log.children]
    .filter((child) => !child.classList.contains('console-spacer'))
    .map((child) => child.querySelector('.console-message')?.textContent ?? child.textContent ?? '');
}

function setup() {
  const log = document.createElement('div');
  document.body.replaceChildren(log);
  return { log, panel: createConsolePanel(log, strings) };
}

describe('console panel: lines left out', () => {
  it('marks the place where the worker left lines out, with how many', () => {
    const { log, panel } = setup();
    panel.append(lines(0, 3), 0);
    panel.append(lines(10, 12), 7);
    expect(shown(log, panel)).toEqual([
      'line 0',
      'line 1',
      'line 2',
      '… 7 lines were left out here …',
      'line 10',
      'line 11',
    ]);
  });

  it('counts lines left out before the first one as earlier lines', () => {
    const { log, panel } = setup();
    panel.append(lines(5, 7), 5);
    expect(shown(log, panel)).toEqual(['5 earlier lines were dropped', 'line 5', 'line 6']);
  });

  it('folds the lines of a gap that scrolled off the top into the earlier count, grouped', () => {
    const { log, panel } = setup();
    panel.append(lines(0, 1_500), 0);
    panel.append(lines(20_000, 21_999), 18_500);
    // 2 000 rows are kept: of 3 500 (1 500 lines, the gap, 1 999 lines), the first 1 500 go, and the
    // gap, now on top, with them: 1 500 + 18 500 lines come before line 20000.
    const rows = shown(log, panel);
    expect(rows[0]).toBe('20,000 earlier lines were dropped');
    expect(rows[1]).toBe('line 20000');
    expect(rows.filter((row) => row.includes('left out'))).toEqual([]);
    expect(rows.at(-1)).toBe('line 21998');
  });

  it('keeps a gap that is still between kept lines', () => {
    const { log, panel } = setup();
    panel.append(lines(0, 1_500), 0);
    panel.append(lines(20_000, 21_000), 18_500);
    // 2 501 rows: the first 501 lines go; the gap stays between line 1499 and line 20000.
    const rows = shown(log, panel);
    expect(rows.slice(0, 2)).toEqual(['501 earlier lines were dropped', 'line 501']);
    const at = rows.indexOf('… 18,500 lines were left out here …');
    expect(rows.slice(at - 1, at + 2)).toEqual(['line 1499', '… 18,500 lines were left out here …', 'line 20000']);
  });

  it('starts the next run with no count and no gap', () => {
    const { log, panel } = setup();
    panel.append(lines(0, 2), 0);
    panel.append(lines(9, 10), 7);
    panel.clear();
    panel.append(lines(0, 2), 0);
    expect(shown(log, panel)).toEqual(['line 0', 'line 1']);
  });
});
