// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { warmFonts } from './warm-fonts';

describe('warmFonts', () => {
  it('lays out each sample in an idle callback of its own, hidden, and leaves nothing behind', () => {
    const tasks: (() => void)[] = [];
    const append = vi.spyOn(document.body, 'append');
    warmFonts(document, (task) => tasks.push(task));
    expect(tasks).toHaveLength(1); // one at a time: each queues the next
    let ran = 0;
    for (let task = tasks.shift(); task; task = tasks.shift()) {
      task();
      ran++;
      expect(document.body.children, 'a probe was left in the page').toHaveLength(0);
    }
    const probes = append.mock.calls.map(([probe]) => probe as HTMLElement);
    expect(probes).toHaveLength(ran);
    expect(probes.map((probe) => probe.firstElementChild?.className)).toEqual(
      expect.arrayContaining(['console-entry', 'console-dropped', 'tl-bar', 'tl-axis']),
    );
    for (const probe of probes) {
      expect(probe.getAttribute('aria-hidden')).toBe('true');
      expect(probe.style.visibility).toBe('hidden');
    }
  });
});
