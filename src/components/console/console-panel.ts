import type { ConsoleEntry } from '../../schemas/console-value';
import { groupThousands } from '../../i18n/numbers';
import { type RenderEntryOptions, renderEntry } from './console-view';
import { rowWindow, sumHeights } from './console-window';

/** How many entries the panel keeps; older ones are dropped and counted. */
const MAX_ROWS = 2_000;
/** Up to this many rows all are in the DOM (see rowWindow); lesson outputs stay far below it. */
const ALL_ROWS_UP_TO = 300;
/** Rows kept in the DOM beyond each edge of the view, so fast scrolling shows no blank space. */
const OVERSCAN_PX = 600;
/** Time spent creating rows per animation frame, so a flood never blocks the page (a frame is ~16 ms). */
const FRAME_BUDGET_MS = 4;
/** Height assumed for a row never drawn, until one has been measured. */
const FALLBACK_ROW_PX = 26;

interface Row {
  /** A line of output, or null for a gap marker: lines the worker left out at this point. */
  entry: ConsoleEntry | null;
  /** For a gap marker, how many lines were left out there. */
  skipped: number;
  /** Created when the row first enters the window, then kept, so an expanded object stays expanded. */
  element: HTMLElement | null;
  /** Measured height in px; 0 until the row has been drawn. */
  height: number;
}

/**
 * The console of one playground. Entries arrive in batches from the worker and are kept as data
 * (the last MAX_ROWS); on animation frames the panel draws the rows around the view (rowWindow)
 * and stands in for the others with space above and below, the way DevTools' console does.
 */
export function createConsolePanel(element: HTMLElement, strings: Record<string, string>) {
  const doc = element.ownerDocument;
  const entryOptions: RenderEntryOptions = { checksLabel: strings['pg.fromChecks'] ?? 'check' };
  let rows: Row[] = [];
  /** The rows in the DOM, in order. */
  let attached: Row[] = [];
  let dropped = 0;
  let frame = 0;
  let lastFlushAt = -Infinity;
  /** The smallest height measured so far: a one-line row, the best guess for rows never drawn. */
  let typicalHeight = 0;
  let viewport = element.clientHeight;
  let printing = false;
  // Whether to keep the newest line in view. Tracked from scroll events instead of measured in
  // flush(): reading scrollHeight there forced a layout of every row on every frame of a flood.
  let following = true;

  const notice = doc.createElement('p');
  notice.className = 'console-dropped';
  notice.dataset['kind'] = 'system';
  // Stands in for the rows below the window. An element, not padding on the console: padding is
  // part of the console's own minimum height, and on the full-page playground it stretched the box.
  const spacer = doc.createElement('div');
  spacer.className = 'console-spacer';
  spacer.setAttribute('aria-hidden', 'true');

  element.addEventListener(
    'scroll',
    () => {
      following = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
      if (rows.length > ALL_ROWS_UP_TO) schedule();
    },
    { passive: true },
  );
  // An object opened or closed changes its row's height: measure again.
  element.addEventListener('toggle', () => schedule(), { capture: true });
  new ResizeObserver(() => {
    viewport = element.clientHeight;
    schedule();
  }).observe(element);
  // Paper has no scrolling: print every kept row, then go back to the window.
  window.addEventListener('beforeprint', () => {
    printing = true;
    flush();
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    schedule();
  });

  function schedule(): void {
    if (!frame) frame = requestAnimationFrame(() => flush());
  }

  /** Shows or hides the count of dropped lines; returns its height, which sits above the rows. */
  function renderNotice(): number {
    if (dropped === 0) {
      notice.remove();
      return 0;
    }
    notice.textContent = countText('pg.dropped', dropped);
    if (!notice.isConnected) element.prepend(notice);
    // Reading it costs a layout; following, the window does not depend on it.
    return following ? 0 : notice.offsetHeight;
  }

  /** Draws what is due; `complete` ignores the frame budget, so nothing waits for a later frame. */
  function flush(complete = false): void {
    cancelAnimationFrame(frame);
    frame = 0;
    const started = performance.now();
    lastFlushAt = started;
    const anchor = following ? undefined : anchorOf();
    const noticeHeight = renderNotice();
    const estimate = typicalHeight || FALLBACK_ROW_PX;
    const heights = rows.map((row) => row.height || estimate);
    // Scrolled back, the view follows its first row, wherever rows were dropped above it.
    const anchorIndex = anchor ? rows.indexOf(anchor.row) : -1;
    const scrollTop =
      anchor && anchorIndex >= 0
        ? sumHeights(heights, 0, anchorIndex) - anchor.offset
        : element.scrollTop - noticeHeight;
    let { start, end, before, after } = rowWindow({
      heights,
      scrollTop,
      // Before the first rows arrive the console is only a line high; it grows as they come.
      viewport: Math.max(viewport, 400),
      overscan: OVERSCAN_PX,
      following,
      allUpTo: printing ? Infinity : ALL_ROWS_UP_TO,
    });
    // Create the rows the window lacks, within the frame budget. Following, the newest rows come
    // first, so the bottom of the view is never blank; the rest wait for the next frame.
    let more = false;
    const missing = rows.slice(start, end).filter((row) => row.element === null);
    if (following) missing.reverse();
    for (const row of missing) {
      if (!printing && !complete && performance.now() - started > FRAME_BUDGET_MS && row !== missing[0]) {
        more = true;
        const index = rows.indexOf(row);
        if (following) {
          before += sumHeights(heights, start, index + 1);
          start = index + 1;
        } else {
          after += sumHeights(heights, index, end);
          end = index;
        }
        break;
      }
      row.element = row.entry ? renderSafely(row.entry, doc, entryOptions) : renderGap(row.skipped);
    }
    place(rows.slice(start, end), before, after);
    measure(estimate);
    pinWhenFull();
    if (following) element.scrollTop = element.scrollHeight;
    else if (anchor?.row.element?.isConnected) {
      const offset = anchor.row.element.getBoundingClientRect().top - element.getBoundingClientRect().top;
      if (offset !== anchor.offset) element.scrollTop += offset - anchor.offset;
    }
    // Rows attached by scrolling back are not news: announce only what arrives while following.
    if (following) element.removeAttribute('aria-live');
    else element.setAttribute('aria-live', 'off');
    if (more) schedule();
  }

  /**
   * The first row in view and how far its top is below the view's, so the view can stay on it.
   * None when the reader jumped to where no row is drawn yet (a drag of the scrollbar, say).
   */
  function anchorOf(): { row: Row; offset: number } | undefined {
    const view = element.getBoundingClientRect();
    for (const row of attached) {
      const box = row.element?.getBoundingClientRect();
      if (!box || box.bottom <= view.top) continue;
      return box.top < view.bottom ? { row, offset: box.top - view.top } : undefined;
    }
    return undefined;
  }

  /** Puts exactly `next` in the DOM, moving as few nodes as possible (a focused row stays focused). */
  function place(next: Row[], before: number, after: number): void {
    // Only the first row in the DOM carries the space above it: take it back before anything moves.
    attached[0]?.element?.style.removeProperty('margin-block-start');
    const keep = new Set(next);
    for (const row of attached) if (!keep.has(row)) row.element?.remove();
    let cursor: ChildNode | null = notice.isConnected ? notice.nextSibling : element.firstChild;
    for (const row of next) {
      const node = row.element;
      if (!node) continue;
      if (node === cursor) cursor = node.nextSibling;
      else element.insertBefore(node, cursor);
    }
    attached = next;
    // The space of the rows not drawn: a margin above the first row (the dropped notice stays on
    // top) and the spacer below the last.
    if (before > 0) next[0]?.element?.style.setProperty('margin-block-start', `${before}px`);
    if (after > 0) {
      spacer.style.height = `${after}px`;
      if (spacer !== element.lastChild) element.append(spacer);
    } else spacer.remove();
  }

  /** The string `key` with its {n} as a count. */
  function countText(key: string, count: number): string {
    return (strings[key] ?? '{n}').replace('{n}', groupThousands(count));
  }

  /**
   * Where the worker left lines out (its rate limit in a flood keeps the first lines and the last),
   * a row says so and how many: the lines on either side are not consecutive, and the reader must not
   * take them for the whole output.
   */
  function renderGap(skipped: number): HTMLElement {
    const gap = doc.createElement('p');
    gap.className = 'console-gap';
    gap.dataset['kind'] = 'system';
    gap.textContent = countText('pg.skipped', skipped);
    return gap;
  }

  /**
   * Once the rows overflow the console, its box stops growing: `data-full` then fixes its height in
   * CSS and adds size containment, which makes it a relayout boundary. Before, every frame of a flood
   * laid out the whole lesson page (15–150 ms a frame on two cores) to place a few new rows. Read
   * after measure(), whose layout is still fresh.
   */
  function pinWhenFull(): void {
    if (element.dataset['full'] === undefined && element.scrollHeight > element.clientHeight)
      element.dataset['full'] = '';
  }

  /** Reads the drawn rows' heights, in one layout, so estimates give way to real sizes. */
  function measure(estimate: number): void {
    for (const row of attached) {
      const height = row.element?.offsetHeight ?? 0;
      if (height === 0) continue; // hidden (a closed <details> around the playground, say)
      row.height = height;
      typicalHeight = typicalHeight === 0 ? height : Math.min(typicalHeight, height);
    }
    if (estimate !== (typicalHeight || FALLBACK_ROW_PX)) schedule();
  }

  return {
    /** `droppedInWorker`: lines the worker left out between the previous batch and this one. */
    append(entries: readonly ConsoleEntry[], droppedInWorker: number): void {
      if (droppedInWorker > 0) {
        // Before any row, a gap is simply earlier lines; after one, it marks its place.
        if (rows.length === 0) dropped += droppedInWorker;
        else rows.push({ entry: null, skipped: droppedInWorker, element: null, height: 0 });
      }
      for (const entry of entries) rows.push({ entry, skipped: 0, element: null, height: 0 });
      if (rows.length > MAX_ROWS) {
        let gone = rows.length - MAX_ROWS;
        // A gap marker left on top would say what the notice says: it goes too.
        while (rows[gone]?.entry === null) gone++;
        for (const row of rows.slice(0, gone)) dropped += row.entry ? 1 : row.skipped;
        rows = rows.slice(gone);
      }
      if (frame) return;
      // The first line after a quiet spell is drawn at once: a warm Run should show "hello" without
      // waiting for the next frame. Floods still render one batch per frame.
      if (performance.now() - lastFlushAt > 50) flush();
      else schedule();
    },
    /**
     * Draws every row that is waiting for a frame, now. The run's final status is set right after
     * this, so when it says Done every line is on screen (the last batch often arrives within a
     * frame of the one before, and would otherwise be drawn a frame after the status).
     */
    drawPending(): void {
      if (frame) flush(true);
    },
    clear(): void {
      cancelAnimationFrame(frame);
      frame = 0;
      rows = [];
      attached = [];
      dropped = 0;
      typicalHeight = 0;
      following = true;
      delete element.dataset['full'];
      element.replaceChildren();
      element.removeAttribute('aria-live');
    },
  };
}

/** An entry that cannot be rendered still takes its line, as `<unreadable: …>`. */
function renderSafely(entry: ConsoleEntry, doc: Document, options: RenderEntryOptions): HTMLElement {
  try {
    return renderEntry(entry, doc, options);
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : 'rendering failed';
    const { kind, method, time, depth } = entry;
    return renderEntry({ kind, method, time, depth, args: [{ t: 'unreadable', reason }] }, doc);
  }
}
