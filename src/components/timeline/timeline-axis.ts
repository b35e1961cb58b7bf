import { formatTick, mergeTicks, toPercent, type TimelineLayout } from './timeline-layout';
import { element } from './timeline-text';

/**
 * The chart's backdrop, redrawn whenever the axis changes (a few dozen elements at most): gridlines
 * across the lanes, console entries as ticks under them, and the time labels.
 */
export function renderAxis(
  doc: Document,
  layout: TimelineLayout,
  entries: readonly { time: number; kind: string }[],
): DocumentFragment {
  const { domainMs, step } = layout;
  const fragment = doc.createDocumentFragment();
  const grid = element(doc, 'div', 'tl-grid');
  const marks = element(doc, 'div', 'tl-ticks');
  const axis = element(doc, 'div', 'tl-axis');
  for (const tick of layout.ticks) {
    const at = toPercent(tick, domainMs);
    const line = element(doc, 'div', 'tl-gridline');
    line.style.left = `${at}%`;
    grid.append(line);
    const label = element(doc, 'span', 'tl-axis-label', formatTick(tick, step));
    label.style.left = `${at}%`;
    // Centred under its tick, except at the edges, where it would stick out of the chart.
    if (at < 4) label.dataset['align'] = 'start';
    else if (at > 92) label.dataset['align'] = 'end';
    axis.append(label);
  }
  for (const mark of mergeTicks(entries, domainMs)) {
    const tick = element(doc, 'span', 'tl-tick');
    // data-tone, not data-kind: data-kind marks console entries and spans, which tests count.
    tick.dataset['tone'] = mark.kind;
    tick.style.left = `${mark.percent}%`;
    marks.append(tick);
  }
  for (const part of [grid, marks, axis]) part.setAttribute('aria-hidden', 'true');
  fragment.append(grid, marks, axis);
  return fragment;
}
