// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TimelineSpan } from '../../schemas/run-protocol';
import { MAX_SPANS, createTimelineView } from './timeline-view';

const strings = {
  'pg.timeline.title': 'Timeline',
  'pg.timeline.table': 'Table',
  'pg.timeline.dropped': '{n} spans dropped',
  'pg.timeline.none': 'Nothing ran',
  'pg.timeline.bar': '{label}, {kind}: {start} → {end}, {duration}',
  'pg.timeline.openEnd': 'still running at {end}',
  'pg.timeline.kind.timer': 'timer',
  'pg.timeline.kind.blocked': 'blocked',
};

let frames: FrameRequestCallback[] = [];
const flush = (): void => {
  const pending = frames;
  frames = [];
  for (const callback of pending) callback(0);
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
});

function setup(hidden = false) {
  const container = document.createElement('section');
  container.hidden = hidden;
  const toggle = document.createElement('button');
  document.body.replaceChildren(toggle, container);
  const view = createTimelineView(container, strings, toggle);
  view.clear();
  return { container, toggle, view };
}

const sleep = (id: number, start: number, end: number | null): TimelineSpan => ({
  id,
  kind: 'timer',
  label: `sleep(${String(id)})`,
  start,
  end,
});

describe('createTimelineView', () => {
  it('draws a focusable bar per span with the data the tests read', () => {
    const { container, view } = setup();
    view.addSpans([sleep(1, 0.4, 1002.4), sleep(2, 1002.6, null)], 0);
    view.finish(1500);
    flush();
    const bars = [...container.querySelectorAll<HTMLElement>('[data-span]')];
    expect(bars.map((bar) => [bar.dataset['kind'], bar.dataset['startMs'], bar.dataset['endMs']])).toEqual([
      ['timer', '0', '1002'],
      ['timer', '1003', '1500'],
    ]);
    expect(bars[0]?.getAttribute('aria-label')).toBe('sleep(1), timer: 0.4 ms → 1 002 ms, 1 002 ms');
    expect(bars[1]?.getAttribute('aria-label')).toContain('still running at 1 500 ms');
    expect(bars.map((bar) => bar.tabIndex)).toEqual([0, -1]);
  });

  it('lists in its legend only the kinds the run produced, and none before anything ran', () => {
    const { container, view } = setup();
    const legend = () =>
      [...container.querySelectorAll<HTMLElement>('.tl-legend-item')].filter(
        (item) => !item.hidden && !item.parentElement?.hidden,
      );
    flush();
    expect(legend()).toEqual([]);
    view.addSpans([sleep(1, 0, 200), { id: 2, kind: 'blocked', label: 'blockFor(100)', start: 10, end: 110 }], 0);
    view.finish(300);
    flush();
    expect(legend().map((item) => item.dataset['tone'])).toEqual(['timer', 'blocked']);
    view.clear();
    flush();
    expect(legend()).toEqual([]);
  });

  it('draws blocked stretches as bands, not bars, and says how many spans were dropped', () => {
    const { container, view } = setup();
    view.addSpans([{ id: 1, kind: 'blocked', label: 'blockFor(500)', start: 0, end: 501 }], 3);
    view.addSpans(
      Array.from({ length: MAX_SPANS + 5 }, (_, i) => sleep(i + 2, i, i + 1)),
      0,
    );
    flush();
    expect(container.querySelectorAll('[data-band][data-kind="blocked"]')).toHaveLength(1);
    expect(container.querySelectorAll('[data-span]')).toHaveLength(MAX_SPANS - 1);
    expect(container.querySelector('[data-timeline-dropped]')?.textContent).toBe('9 spans dropped');
  });

  it('keeps drawn bars across redraws: a longer axis only changes --tl-domain', () => {
    const { container, view } = setup();
    view.addSpans([sleep(1, 0, 100)], 0);
    flush();
    const first = container.querySelector('[data-span]');
    const chart = container.querySelector<HTMLElement>('.tl-chart');
    const domain = chart?.style.getPropertyValue('--tl-domain');
    first?.setAttribute('data-marker', '');
    view.addSpans([sleep(2, 100, 5000)], 0);
    view.finish(5000);
    flush();
    expect(container.querySelector('[data-span][data-marker]')).toBe(first);
    expect(container.querySelectorAll('[data-span]')).toHaveLength(2);
    expect(chart?.style.getPropertyValue('--tl-domain')).not.toBe(domain);
    expect(chart?.style.getPropertyValue('--tl-domain')).toBe('5000');
  });

  it('lists the same spans in the table, and renders text, never markup', () => {
    const { container, view } = setup();
    view.addSpans([{ id: 1, kind: 'span', label: '<img src=x onerror=alert(1)>', start: 5, end: 50 }], 0);
    view.finish(60);
    container.querySelector<HTMLButtonElement>('.tl-table-toggle')?.click();
    flush();
    const rows = container.querySelectorAll('tbody tr[data-row]');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.querySelector('td')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('waits to render until shown, and starts each run empty', () => {
    const { container, toggle, view } = setup(true);
    view.addSpans([sleep(1, 0, 10)], 0);
    expect(frames).toHaveLength(0);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    flush();
    expect(container.querySelectorAll('[data-span]')).toHaveLength(1);
    view.clear();
    view.finish(0);
    flush();
    expect(container.querySelectorAll('[data-span]')).toHaveLength(0);
    expect(container.textContent).toContain('Nothing ran');
  });
});
