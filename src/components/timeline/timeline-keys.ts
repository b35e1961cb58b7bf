/** Where each key moves focus, given the focused box's index and the last index. */
const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowRight: (at) => at + 1,
  ArrowDown: (at) => at + 1,
  ArrowLeft: (at) => at - 1,
  ArrowUp: (at) => at - 1,
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * Keyboard access to the bars of a chart, as one tab stop (a roving tabindex): Tab reaches the chart
 * once, the arrow keys, Home and End walk the bars in start order. Two thousand bars must not mean
 * two thousand Tab presses to get past the chart.
 *
 * @returns focus(id): makes the box for span `id` the tab stop and focuses it
 */
export function rovingFocus(chart: HTMLElement): (id: number | undefined) => void {
  const focus = (id: number | undefined): void => {
    const box = chart.querySelector<HTMLElement>(`[data-id="${String(id)}"]`);
    if (!box) return;
    for (const other of chart.querySelectorAll<HTMLElement>('[tabindex="0"]')) other.tabIndex = -1;
    box.tabIndex = 0;
    box.focus();
  };
  chart.addEventListener('keydown', (event) => {
    const move = MOVES[event.key];
    if (!move) return;
    const order = [...chart.querySelectorAll<HTMLElement>('[data-id]')].sort(
      (a, b) => Number(a.dataset['startMs']) - Number(b.dataset['startMs']),
    );
    const at = order.findIndex((box) => box === chart.ownerDocument.activeElement);
    if (at === -1) return;
    event.preventDefault();
    const target = order[Math.max(0, Math.min(order.length - 1, move(at, order.length - 1)))];
    focus(Number(target?.dataset['id']));
  });
  return focus;
}
