import { formatDuration, type PlacedSpan } from './timeline-layout';

/** Looks up a "pg.timeline.*" string and fills its {placeholders}. */
export type Translate = (key: string, values?: Record<string, string>) => string;

/** The translator for one playground's strings; a missing key shows itself rather than nothing. */
export function timelineStrings(strings: Record<string, string>): Translate {
  return (key, values = {}) =>
    (strings[`pg.timeline.${key}`] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Creates an element with a class and, optionally, text (never HTML). */
export function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "1 002 ms", or "still running at 3 000 ms" for a span the run ended before. */
export function endText(p: PlacedSpan, t: Translate): string {
  return p.open ? t('openEnd', { end: formatDuration(p.end) }) : formatDuration(p.end);
}

/** What a screen reader says for a bar: "sleep(1000), timer: 0 ms → 1 002 ms, 1 002 ms". */
export function describeSpan(p: PlacedSpan, t: Translate): string {
  return t('bar', {
    label: p.span.label,
    kind: t(`kind.${p.span.kind}`),
    start: formatDuration(p.start),
    end: endText(p, t),
    duration: formatDuration(p.end - p.start),
  });
}

/** The contract e2e tests read, on bars and table rows alike: data-kind, data-start-ms, data-end-ms. */
export function setSpanData(node: HTMLElement, p: PlacedSpan): void {
  node.dataset['kind'] = p.span.kind;
  node.dataset['startMs'] = String(Math.round(p.start));
  node.dataset['endMs'] = String(Math.round(p.end));
  if (p.open) node.dataset['open'] = 'true';
}

/** The tooltip's lines: label; kind and duration; start → end. */
export function tooltipLines(doc: Document, p: PlacedSpan, t: Translate): HTMLElement[] {
  return [
    element(doc, 'strong', '', p.span.label),
    element(doc, 'span', '', `${t(`kind.${p.span.kind}`)} · ${formatDuration(p.end - p.start)}`),
    element(doc, 'span', '', `${formatDuration(p.start)} → ${endText(p, t)}`),
  ];
}

/**
 * The accessible alternative to the chart: every span, blocked stretches included, in start order,
 * with label, kind, start, end and duration. Rows carry the same data attributes as the bars.
 */
export function renderTimelineTable(doc: Document, spans: readonly PlacedSpan[], t: Translate): HTMLTableElement {
  const table = element(doc, 'table', 'tl-table');
  table.append(element(doc, 'caption', '', t('caption')));
  const headRow = element(doc, 'tr', '');
  for (const column of ['label', 'kind', 'start', 'end', 'duration']) {
    const cell = element(doc, 'th', '', t(`col.${column}`));
    cell.scope = 'col';
    headRow.append(cell);
  }
  table.createTHead().append(headRow);
  const body = table.createTBody();
  const ordered = [...spans].sort((a, b) => a.start - b.start || a.span.id - b.span.id);
  for (const p of ordered) {
    const row = element(doc, 'tr', '');
    row.dataset['row'] = '';
    setSpanData(row, p);
    const cells = [p.span.label, t(`kind.${p.span.kind}`), formatDuration(p.start), endText(p, t)];
    for (const text of [...cells, formatDuration(p.end - p.start)]) row.append(element(doc, 'td', '', text));
    body.append(row);
  }
  return table;
}
