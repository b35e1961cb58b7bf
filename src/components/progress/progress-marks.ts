import type { ProgressSnapshot } from '../../engine';

/**
 * Marks what the learner has done on a static page: exercise states ([data-exercise-state]), lesson
 * marks in the outline ([data-progress-lesson]) and the outline's exercise count. The HTML is the
 * same for everyone; this only fills in what this browser remembers.
 */
export function applyMarks(doc: Document, snapshot: ProgressSnapshot): void {
  for (const element of doc.querySelectorAll<HTMLElement>('[data-exercise-state]')) {
    const status = snapshot.exercises[element.dataset['exerciseState'] ?? '']?.status ?? 'new';
    element.dataset['state'] = status;
    const label = element.dataset[`label${status[0]?.toUpperCase()}${status.slice(1)}`];
    if (label) element.textContent = label;
  }

  for (const item of doc.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
    const slug = item.dataset['progressLesson'] ?? '';
    // Each item is an id, or ids joined by `|` (a program in two languages): any one of them counts.
    const items = (item.dataset['playgrounds'] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((alternatives) => alternatives.split('|').map((id) => `${slug}/${id}`));
    const ran = items.filter((keys) => keys.some((key) => snapshot.playgrounds[key]?.ran)).length;
    const touched = ran > 0 || items.flat().some((key) => snapshot.edited.includes(key));
    const state = items.length > 0 && ran === items.length ? 'done' : touched ? 'started' : '';
    const mark = item.querySelector<HTMLElement>('[data-mark]');
    if (!mark) continue;
    mark.hidden = state === '';
    mark.dataset['mark'] = state;
    const icon = mark.querySelector('[aria-hidden]');
    const text = mark.querySelector('.visually-hidden');
    if (icon) icon.textContent = state === 'done' ? '✓' : '◐';
    if (text) text.textContent = (state === 'done' ? mark.dataset['labelDone'] : mark.dataset['labelStarted']) ?? '';
  }

  for (const count of doc.querySelectorAll<HTMLElement>('[data-exercise-count]')) {
    const slugs = (count.dataset['exerciseCount'] ?? '').split(' ').filter(Boolean);
    const done = slugs.filter((slug) => snapshot.exercises[slug]?.status === 'passed').length;
    count.textContent = (count.dataset['template'] ?? '{n}/{m}')
      .replace('{n}', String(done))
      .replace('{m}', String(slugs.length));
    count.dataset['done'] = String(done);
  }
}
