import { encodeAssignment, LINK_WARN_LENGTH } from '../../engine/links';
import { assignmentSchema, type AssignmentInput } from '../../schemas/assignment';
import { zodWithoutEval } from '../../schemas/zod';
import type { BuilderExercise } from './builder-data';
import { BUILDER_FIELDS, builderErrors, type BuilderError } from './builder-errors';

/**
 * The assignment builder: every edit rebuilds the link (the whole assignment, compressed into the
 * fragment), shows its length and warns above LINK_WARN_LENGTH characters.
 */
function setup(form: HTMLFormElement): void {
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  const exercises = JSON.parse(form.querySelector('script[data-exercises]')?.textContent ?? '[]') as BuilderExercise[];
  const openUrl = new URL(form.dataset['openUrl'] ?? '', window.location.href).href;
  const output = document.querySelector<HTMLElement>('[data-assign-output]');
  if (!output) return;
  const part = <T extends HTMLElement>(selector: string): T => {
    const element = output.querySelector<T>(selector);
    if (!element) throw new Error(`assignment builder is missing ${selector}`);
    return element;
  };
  const linkField = part<HTMLTextAreaElement>('[data-assign-link]');
  const length = part<HTMLElement>('[data-assign-length]');
  const warning = part<HTMLElement>('[data-assign-warning]');
  const error = part<HTMLElement>('[data-assign-error]');
  const open = part<HTMLAnchorElement>('[data-assign-open]');
  const note = part<HTMLElement>('[data-assign-note]');
  const field = (name: string) =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  let generation = 0;

  /** The exercise chosen, and its code in the language chosen (Python only where it has a variant). */
  function chosen() {
    const exercise = exercises.find((e) => e.slug === field('from').value);
    const python = field('language').value === 'python';
    const code = python ? exercise?.python : exercise;
    return { exercise, language: python ? ('python' as const) : ('typescript' as const), code };
  }

  /** Offers Python for a blank assignment and for exercises with a Python variant. */
  function offerLanguages(): void {
    const exercise = exercises.find((e) => e.slug === field('from').value);
    const option = field('language').querySelector<HTMLOptionElement>('option[value="python"]');
    if (option) option.disabled = exercise !== undefined && exercise.python === undefined;
    if (option?.disabled) field('language').value = 'typescript';
  }

  function fillFrom(): void {
    offerLanguages();
    const { exercise, code, language } = chosen();
    for (const name of form.querySelectorAll<HTMLElement>('label > [data-label-for]'))
      name.hidden = name.dataset['labelFor'] !== language;
    field('title').value = exercise?.title ?? '';
    field('instructions').value = (code?.instructions ?? exercise?.instructions)?.trim() ?? '';
    field('starter').value = code?.starter ?? '';
    field('checks').value = code?.checks ?? '';
    field('timeLimitMs').value = String(exercise?.timeLimitMs ?? 10_000);
  }

  /** Lists what to fix under the link's heading and marks each field concerned as invalid. */
  function showErrors(errors: readonly BuilderError[]): void {
    const lead = document.createElement('p');
    lead.textContent = strings['assign.notYet'] ?? '';
    const list = document.createElement('ul');
    list.append(
      ...errors.map((e) => {
        const item = document.createElement('li');
        item.textContent = e.message;
        return item;
      }),
    );
    error.replaceChildren(...(errors.length > 0 ? [lead, list] : []));
    error.hidden = errors.length === 0;
    for (const name of BUILDER_FIELDS) {
      const invalid = errors.some((e) => e.field === name);
      field(name).toggleAttribute('aria-invalid', invalid);
      if (invalid) field(name).setAttribute('aria-errormessage', error.id);
      else field(name).removeAttribute('aria-errormessage');
    }
  }

  async function update(): Promise<void> {
    const current = (generation += 1);
    const { exercise, language, code } = chosen();
    const checks = field('checks').value;
    const includeSolution = (field('includeSolution') as HTMLInputElement).checked;
    const draft: AssignmentInput = {
      v: 1,
      language,
      title: field('title').value,
      instructions: field('instructions').value,
      starter: field('starter').value,
      ...(checks.trim() ? { checks } : {}),
      ...(code && includeSolution ? { solution: code.solution } : {}),
      hints: code?.hints ?? [],
      checkLabels: exercise?.checkLabels ?? {},
      timeLimitMs: Number(field('timeLimitMs').value),
      ...(exercise ? { exercise: exercise.slug } : {}),
    };
    zodWithoutEval();
    const parsed = assignmentSchema.safeParse(draft);
    showErrors(parsed.success ? [] : builderErrors(parsed.error.issues, strings));
    if (!parsed.success) {
      linkField.value = '';
      length.textContent = '';
      warning.hidden = true;
      open.removeAttribute('href');
      return;
    }
    const link = openUrl + (await encodeAssignment(parsed.data));
    if (current !== generation) return;
    linkField.value = link;
    length.textContent = (strings['assign.length'] ?? '').replace(
      '{n}',
      link.length.toLocaleString('en-US').replace(/,/g, ' '),
    );
    length.dataset['length'] = String(link.length);
    warning.hidden = link.length <= LINK_WARN_LENGTH;
    length.dataset['tooLong'] = String(link.length > LINK_WARN_LENGTH);
    open.href = link;
  }

  // A new exercise or language brings its own starter and checks.
  for (const name of ['from', 'language']) {
    field(name).addEventListener('change', () => {
      fillFrom();
      void update();
    });
  }
  form.addEventListener('input', (event) => {
    const name = (event.target as Element).getAttribute('name');
    if (name !== 'from' && name !== 'language') void update();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  output.querySelector('[data-action="copy-link"]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(linkField.value);
      note.textContent = strings['assign.copied'] ?? '';
    } catch {
      linkField.select();
    }
  });

  const params = new URLSearchParams(window.location.search);
  const requested = params.get('exercise');
  if (requested && exercises.some((e) => e.slug === requested)) field('from').value = requested;
  // "Assign this exercise" from a page showing the Python variant asks for Python.
  if (params.get('lang') === 'python') field('language').value = 'python';
  fillFrom();
  void update();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-assign-builder]')) setup(form);
