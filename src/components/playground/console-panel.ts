import type { ConsoleEntry } from '../../schemas/console-value';
import { renderEntry } from '../console-view';

/** How many entries the panel keeps in the DOM; older ones are dropped and counted. */
const MAX_ROWS = 2_000;
/** Time spent rendering per animation frame, so a flood never blocks the page (a frame is ~16 ms). */
const FRAME_BUDGET_MS = 4;

/**
 * The console of one playground. Entries arrive in batches from the worker; they are queued and
 * rendered on animation frames, within FRAME_BUDGET_MS each, and only the last MAX_ROWS are kept.
 */
export function createConsolePanel(element: HTMLElement, strings: Record<string, string>) {
  let queue: ConsoleEntry[] = [];
  let dropped = 0;
  let frame = 0;
  let shown = 0;
  let lastFlushAt = -Infinity;
  // Whether to keep the newest line in view. Tracked from scroll events instead of measured in
  // flush(): reading scrollHeight there forced a layout of every row on every frame of a flood.
  let following = true;
  element.addEventListener(
    'scroll',
    () => {
      following = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
    },
    { passive: true },
  );
  const notice = element.ownerDocument.createElement('p');
  notice.className = 'console-dropped';
  notice.dataset['kind'] = 'system';

  function renderNotice(): void {
    if (dropped === 0) {
      notice.remove();
      return;
    }
    notice.textContent = (strings['pg.dropped'] ?? '{n}').replace('{n}', dropped.toLocaleString());
    if (!notice.isConnected) element.prepend(notice);
  }

  function flush(): void {
    frame = 0;
    lastFlushAt = performance.now();
    const fragment = element.ownerDocument.createDocumentFragment();
    let rendered = 0;
    for (const entry of queue) {
      fragment.append(renderEntry(entry, element.ownerDocument));
      rendered++;
      if (rendered % 25 === 0 && performance.now() - lastFlushAt > FRAME_BUDGET_MS) break;
    }
    queue.splice(0, rendered);
    element.append(fragment);
    shown += rendered;
    while (shown > MAX_ROWS) {
      const oldest = notice.isConnected ? notice.nextElementSibling : element.firstElementChild;
      if (!oldest) break;
      oldest.remove();
      shown--;
      dropped++;
    }
    renderNotice();
    if (following) element.scrollTop = element.scrollHeight;
    if (queue.length > 0) frame = requestAnimationFrame(flush);
  }

  return {
    append(entries: readonly ConsoleEntry[], droppedInWorker: number): void {
      dropped += droppedInWorker;
      queue.push(...entries);
      // Anything beyond what the panel can keep would be rendered only to be removed.
      if (queue.length > MAX_ROWS) {
        dropped += queue.length - MAX_ROWS;
        queue = queue.slice(-MAX_ROWS);
      }
      if (frame) return;
      // The first line after a quiet spell is drawn at once: a warm Run should show "hello" without
      // waiting for the next frame. Floods still render one batch per frame.
      if (performance.now() - lastFlushAt > 50) flush();
      else frame = requestAnimationFrame(flush);
    },
    clear(): void {
      cancelAnimationFrame(frame);
      frame = 0;
      queue = [];
      dropped = 0;
      shown = 0;
      element.replaceChildren();
      following = true;
    },
  };
}
