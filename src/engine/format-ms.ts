/**
 * Milliseconds as learners read them in the console, the status bar and the timeline: whole ms with a
 * space between thousands, "1 002 ms". One definition for the worker (simulated-request lines) and
 * the page, so the same duration never reads two ways.
 */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '? ms';
  const rounded = Math.round(ms);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+$)/g, ' ');
  return `${rounded < 0 ? '-' : ''}${digits} ms`;
}
