/**
 * Text a Run shows first, in the classes that style it: a console row, and a timeline bar and axis.
 * Their font sizes appear nowhere else on a lesson page before the first Run.
 */
const SAMPLES: readonly { className: string; text: string; kind?: string }[] = [
  { className: 'console-entry', text: '+1 ms 0' },
  // Italic: warnings the runner adds ("never settled"), and the count of dropped lines.
  { className: 'console-entry', kind: 'system', text: '+1 ms 0' },
  { className: 'console-dropped', text: '1 000' },
  { className: 'tl-bar', text: 'sleep(1000)' },
  { className: 'tl-axis', text: '1 000 ms' },
];

/**
 * Lays the samples out once, out of sight, while the page is idle. The first text in a new font
 * size is slow to lay out (50–250 ms on Linux while the font is set up for that size, measured in
 * Chromium); without this, the first console line of the first Run paid for it, and a flood's
 * first frame with it. One sample per idle callback, so no single task grows long.
 */
export function warmFonts(doc: Document, idle: (task: () => void) => void): void {
  const next = (index: number): void => {
    const sample = SAMPLES[index];
    if (!sample) return;
    idle(() => {
      const probe = doc.createElement('div');
      probe.setAttribute('aria-hidden', 'true');
      // Laid out (so the text is shaped in its font), never painted, never in the way.
      probe.style.cssText = 'position:fixed;top:0;left:0;visibility:hidden;pointer-events:none;contain:layout';
      const text = doc.createElement('span');
      text.className = sample.className;
      if (sample.kind) text.dataset['kind'] = sample.kind;
      text.textContent = sample.text;
      probe.append(text);
      doc.body.append(probe);
      void probe.offsetHeight;
      probe.remove();
      next(index + 1);
    });
  };
  next(0);
}
