// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applyMarks } from './progress-marks';

describe('applyMarks', () => {
  it('marks exercises, lessons and the exercise count from a snapshot', () => {
    document.body.innerHTML = `
      <span data-exercise-state="a" data-label-passed="Done" data-label-attempted="Attempted">Not started</span>
      <span data-exercise-state="b" data-label-passed="Done">Not started</span>
      <li data-progress-lesson="gather" data-playgrounds="one two"><span data-mark hidden data-label-done="done" data-label-started="started"><span aria-hidden="true"></span><span class="visually-hidden"></span></span></li>
      <li data-progress-lesson="tasks" data-playgrounds="x-py|x"><span data-mark hidden data-label-done="done"><span aria-hidden="true"></span><span class="visually-hidden"></span></span></li>
      <span data-exercise-count="a b" data-template="{n} of {m} done"></span>`;
    applyMarks(document, {
      exercises: { a: { status: 'passed', at: '2026-01-01T00:00:00Z' } },
      playgrounds: { 'tasks/x': { ran: '2026-01-01T00:00:00Z' } },
      edited: ['gather/one'],
    });
    expect(document.querySelector('[data-exercise-state="a"]')?.textContent).toBe('Done');
    expect(document.querySelector<HTMLElement>('[data-exercise-state="b"]')?.dataset['state']).toBe('new');
    const [gather, tasks] = [...document.querySelectorAll<HTMLElement>('[data-mark]')];
    expect(gather?.dataset['mark']).toBe('started');
    expect(tasks?.hidden).toBe(false);
    expect(tasks?.textContent).toBe('✓done');
    expect(document.querySelector('[data-exercise-count]')?.textContent).toBe('1 of 2 done');
  });
});
