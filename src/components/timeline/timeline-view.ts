import type { TimelineSpan } from '../../schemas/run-protocol';
import { groupThousands } from '../../i18n/numbers';
import { renderAxis } from './timeline-axis';
import { rovingFocus } from './timeline-keys';
import { layoutTimeline, type PlacedSpan, type TimelineLayout } from './timeline-layout';
import {
  describeSpan,
  element,
  renderTimelineTable,
  setSpanData,
  timelineStrings,
  tooltipLines,
} from './timeline-text';

/** The runtime sends at most this many spans per run; anything beyond is counted, not drawn. */
export const MAX_SPANS = 2_000;
/** Height of one lane in px; timeline.css sizes bars to fit it. */
const LANE_PX = 24;
/** Past this many lanes (hundreds of overlapping operations) lanes shrink to thin, unlabelled strips. */
const DENSE_AFTER_LANES = 60;
const DENSE_LANE_PX = 8;
/** Room above the lanes for the labels of blocked bands. */
const BAND_LABEL_PX = 18;
/** While a run goes on, redraw at most this often: a redraw lays the bars out again and may move them. */
const RUNNING_REDRAW_MS = 150;
/** Console ticks kept per run; they are merged for drawing, so more would add nothing visible. */
const MAX_TICKS = 10_000;
const KINDS = ['timer', 'fetch', 'worker', 'span', 'blocked'] as const;

export interface TimelineView {
  addSpans(spans: readonly TimelineSpan[], dropped: number): void;
  /** Console entries, drawn as ticks on the time axis. */
  addTicks(entries: readonly { time: number; kind: string }[]): void;
  /** Forgets the last run: called when a new one starts. */
  clear(): void;
  /** The run ended after `durationMs`: spans still open end there and the axis stops growing. */
  finish(durationMs: number): void;
}

/**
 * The timeline of a playground: a Gantt chart of the run's spans, console ticks on the same axis,
 * blocked stretches as hatched bands, and a table with the same data for anyone who prefers one.
 * Updates are batched on animation frames and skipped while the view is hidden. All text goes in
 * through textContent.
 *
 * @param container the element with `data-timeline`; shown or hidden by `toggle` (aria-expanded)
 * @param strings the playground's "pg." strings
 */
export function createTimelineView(
  container: HTMLElement,
  strings: Record<string, string>,
  toggle?: HTMLElement,
): TimelineView {
  const doc = container.ownerDocument;
  const t = timelineStrings(strings);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) =>
    element(doc, tag, className, text);

  const head = el('div', 'tl-head');
  const legend = el('ul', 'tl-legend');
  const legendItems = new Map<string, HTMLElement>();
  for (const kind of KINDS) {
    const item = el('li', 'tl-legend-item', t(`kind.${kind}`));
    // data-tone, not data-kind: data-kind marks the spans themselves, which tests count.
    item.dataset['tone'] = kind;
    legendItems.set(kind, item);
    legend.append(item);
  }
  // A timeline open from the start has its idle state in the page's HTML (PlaygroundShell.astro), so
  // the view can be made at idle without the box changing: its button is taken over, not replaced,
  // so a click that made the view (the playground's capturing listener) still reaches it.
  const tableButton =
    container.querySelector<HTMLButtonElement>('.tl-table-toggle') ??
    el('button', 'pg-button pg-quiet tl-table-toggle', t('table'));
  tableButton.type = 'button';
  tableButton.setAttribute('aria-pressed', 'false');
  head.append(el('span', 'tl-title', t('title')), legend, tableButton);
  const note = el('p', 'tl-note');
  note.dataset['timelineDropped'] = '';
  const message = el('p', 'tl-message', t('idle'));
  const scroll = el('div', 'tl-scroll');
  const chart = el('div', 'tl-chart');
  const backdrop = el('div', 'tl-backdrop');
  const items = el('div', 'tl-items');
  chart.setAttribute('role', 'group');
  chart.setAttribute('aria-label', `${t('title')}. ${t('keys')}`);
  chart.append(backdrop, items);
  scroll.append(chart);
  const tooltip = el('div', 'tl-tooltip');
  tooltip.setAttribute('aria-hidden', 'true');
  const tableWrap = el('div', 'tl-table-wrap');
  // It scrolls, so keyboard users must be able to focus it to scroll it.
  tableWrap.tabIndex = 0;
  tableWrap.setAttribute('role', 'region');
  tableWrap.setAttribute('aria-label', t('caption'));
  container.replaceChildren(head, note, message, scroll, tableWrap, tooltip);

  let spans: TimelineSpan[] = [];
  let ticks: { time: number; kind: string }[] = [];
  let dropped = 0;
  let endMs: number | undefined;
  let frame = 0;
  let timer = 0;
  let lastRender = -Infinity;
  let dirty = false;
  let started = false;
  let focusId: number | undefined;
  let showTable = false;
  let layout: TimelineLayout | undefined;

  /** Bars and bands by span id: kept across renders, so focus stays put and only new spans cost DOM work. */
  const boxesById = new Map<number, HTMLElement>();

  function createBox(p: PlacedSpan): HTMLElement {
    const blocked = p.span.kind === 'blocked';
    const box = el('div', blocked ? 'tl-band' : 'tl-bar');
    box.dataset[blocked ? 'band' : 'span'] = '';
    box.dataset['id'] = String(p.span.id);
    box.tabIndex = p.span.id === focusId ? 0 : -1;
    box.setAttribute('role', 'img');
    box.append(el('span', 'tl-label', p.span.label));
    updateBox(box, p);
    return box;
  }

  /** Position is in ms; timeline.css turns it into a share of --tl-domain, so a longer axis moves no element. */
  function updateBox(box: HTMLElement, p: PlacedSpan): void {
    box.style.setProperty('--tl-s', String(p.start));
    box.style.setProperty('--tl-e', String(p.end));
    box.setAttribute('aria-label', describeSpan(p, t));
    setSpanData(box, p);
  }

  function renderChart(current: TimelineLayout): void {
    const top = current.bands.length > 0 ? BAND_LABEL_PX : 0;
    const dense = current.laneCount > DENSE_AFTER_LANES;
    const lane = dense ? DENSE_LANE_PX : LANE_PX;
    chart.toggleAttribute('data-dense', dense);
    chart.style.setProperty('--tl-lane', `${lane}px`);
    chart.style.setProperty('--tl-domain', String(current.domainMs));
    chart.style.setProperty('--tl-lanes-height', `${top + Math.max(1, current.laneCount) * lane}px`);
    const fresh = doc.createDocumentFragment();
    for (const p of [...current.bands, ...current.bars]) {
      let box = boxesById.get(p.span.id);
      if (!box) {
        box = createBox(p);
        boxesById.set(p.span.id, box);
        fresh.append(box);
      } else if (p.open) updateBox(box, p); // its end is the run's, which moved
      const y = p.span.kind === 'blocked' ? '0px' : `${top + p.lane * lane}px`;
      if (box.style.top !== y) box.style.top = y;
    }
    items.append(fresh);
    backdrop.replaceChildren(renderAxis(doc, current, ticks));
  }

  function render(): void {
    frame = 0;
    dirty = false;
    lastRender = performance.now();
    let latest = 0;
    for (const tick of ticks) latest = Math.max(latest, tick.time);
    for (const span of spans) latest = Math.max(latest, span.end ?? span.start);
    const current = layoutTimeline(spans, endMs ?? latest, endMs === undefined);
    layout = current;
    if (dropped > 0) note.textContent = t('dropped', { n: groupThousands(dropped) });
    note.hidden = dropped === 0;
    const empty = endMs !== undefined && spans.length === 0;
    message.textContent = started ? (empty ? t('none') : '') : t('idle');
    message.hidden = message.textContent === '';
    // The legend explains what is drawn: only the kinds this run produced.
    const drawn = new Set<string>(spans.map((s) => s.kind));
    for (const [kind, item] of legendItems) item.hidden = !drawn.has(kind);
    legend.hidden = drawn.size === 0;
    scroll.hidden = !started || showTable;
    tableWrap.hidden = !started || !showTable;
    if (focusId === undefined || !spans.some((s) => s.id === focusId))
      focusId = [...current.bands, ...current.bars].sort((a, b) => a.start - b.start)[0]?.span.id;
    if (showTable) tableWrap.replaceChildren(renderTimelineTable(doc, [...current.bands, ...current.bars], t));
    else renderChart(current);
  }

  function schedule(): void {
    dirty = true;
    if (container.hidden || frame || timer) return;
    const wait = endMs === undefined ? lastRender + RUNNING_REDRAW_MS - performance.now() : 0;
    if (wait <= 0) frame = requestAnimationFrame(render);
    else
      timer = window.setTimeout(() => {
        timer = 0;
        frame = requestAnimationFrame(render);
      }, wait);
  }

  function cancel(): void {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    frame = 0;
    timer = 0;
  }

  function showTooltip(box: HTMLElement): void {
    const placed = layout && [...layout.bars, ...layout.bands].find((p) => String(p.span.id) === box.dataset['id']);
    if (!placed) return;
    tooltip.replaceChildren(...tooltipLines(doc, placed, t));
    tooltip.dataset['tone'] = placed.span.kind;
    tooltip.classList.add('tl-tooltip-shown');
    // Fixed, so the chart's scroll box does not clip it; kept inside the viewport.
    const rect = box.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const height = tooltip.offsetHeight;
    const view = doc.documentElement;
    tooltip.style.left = `${Math.max(4, Math.min(rect.left, view.clientWidth - width - 4))}px`;
    // Under the bar; a band is as tall as the chart, so under the middle of its first lane.
    const below = Math.min(rect.bottom, rect.top + BAND_LABEL_PX + LANE_PX) + 4;
    tooltip.style.top = `${below + height > view.clientHeight ? Math.max(4, rect.top - height - 4) : below}px`;
  }
  const hideTooltip = (): void => tooltip.classList.remove('tl-tooltip-shown');

  chart.addEventListener('pointerover', (event) => {
    const box = (event.target as Element).closest<HTMLElement>('[data-id]');
    if (box) showTooltip(box);
    else hideTooltip();
  });
  chart.addEventListener('pointerleave', hideTooltip);
  chart.addEventListener('focusin', (event) => {
    const box = (event.target as Element).closest<HTMLElement>('[data-id]');
    if (!box) return;
    focusId = Number(box.dataset['id']);
    showTooltip(box);
  });
  chart.addEventListener('focusout', hideTooltip);
  scroll.addEventListener('scroll', hideTooltip, { passive: true });
  rovingFocus(chart);
  chart.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hideTooltip();
  });
  tableButton.addEventListener('click', () => {
    showTable = !showTable;
    tableButton.setAttribute('aria-pressed', String(showTable));
    hideTooltip();
    schedule();
  });
  toggle?.addEventListener('click', () => {
    container.hidden = !container.hidden;
    toggle.setAttribute('aria-expanded', String(!container.hidden));
    if (!container.hidden && dirty) schedule();
  });
  render();

  return {
    addSpans(batch, droppedInWorker) {
      const room = Math.max(0, MAX_SPANS - spans.length);
      spans.push(...batch.slice(0, room));
      dropped += droppedInWorker + Math.max(0, batch.length - room);
      schedule();
    },
    addTicks(entries) {
      for (const { time, kind } of entries.slice(0, MAX_TICKS - ticks.length)) ticks.push({ time, kind });
      schedule();
    },
    clear() {
      cancel();
      lastRender = -Infinity;
      boxesById.clear();
      items.replaceChildren();
      spans = [];
      ticks = [];
      dropped = 0;
      endMs = undefined;
      started = true;
      focusId = undefined;
      hideTooltip();
      schedule();
    },
    finish(durationMs) {
      endMs = durationMs;
      cancel();
      schedule();
    },
  };
}
