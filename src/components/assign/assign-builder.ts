import { encodeAssignment, LINK_WARN_LENGTH } from '../../engine/links';
import { assignmentSchema } from '../../schemas/assignment';
import { zodWithoutEval } from '../../schemas/zod';
import type { BuilderExercise } from './builder-data';
import { draftOf, toFormIssues } from './builder-draft';
import { BUILDER_FIELDS, builderErrors, type BuilderError } from './builder-errors';
import { createTryPanel, type TryInput } from './builder-try';

/**
 * The assignment builder: every edit rebuilds the link (the whole assignment, compressed into the
 * fragment), shows its length and warns above LINK_WARN_LENGTH characters, and marks an earlier
 * "Try the checks" as out of date (builder-try.ts).
 */
function setup(form: HTMLFormElement): void {
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  const exercises = JSON.parse(form.querySelector('script[data-exercises]')?.textContent ?? '[]') as BuilderExercise[];
  const openUrl = new URL(form.dataset['openUrl'] ?? '', window.location.href).href;
  const output = document.querySelector<HTMLElement>('[data-assign-output]');
  const tryPanel = document.querySelector<HTMLElement>('[data-assign-try]');
  if (!output || !tryPanel) return;
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
    for (const help of form.querySelectorAll<HTMLElement>('[data-help-language]'))
      help.hidden = help.dataset['helpLanguage'] !== language;
    field('title').value = exercise?.title ?? '';
    field('instructions').value = (code?.instructions ?? exercise?.instructions)?.trim() ?? '';
    field('starter').value = code?.starter ?? '';
    field('checks').value = code?.checks ?? '';
    field('solution').value = code?.solution ?? '';
    const hints = code?.hints ?? [];
    for (const n of [1, 2, 3]) field(`hint${n}`).value = hints[n - 1] ?? '';
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

  /** The assignment the form describes, checked: the schema's issues and the form's own. */
  function current() {
    const { exercise, language } = chosen();
    const draft = draftOf(
      {
        language,
        title: field('title').value,
        instructions: field('instructions').value,
        starter: field('starter').value,
        checks: field('checks').value,
        solution: field('solution').value,
        hints: [1, 2, 3].map((n) => field(`hint${n}`).value),
        timeLimitMs: field('timeLimitMs').value,
        includeSolution: (field('includeSolution') as HTMLInputElement).checked,
      },
      exercise,
    );
    zodWithoutEval();
    const parsed = assignmentSchema.safeParse(draft.assignment);
    const issues = [...draft.issues, ...toFormIssues(parsed.success ? [] : parsed.error.issues, draft.hintFields)];
    return { parsed, issues };
  }

  /** What "Try the checks" runs: the assignment as the link carries it, and the solution as written. */
  function tryInput(): TryInput {
    const { parsed, issues } = current();
    if (!parsed.success || issues.length > 0) return { kind: 'invalid' };
    if (!parsed.data.checks) return { kind: 'no-checks' };
    const solution = field('solution').value;
    return { kind: 'ready', assignment: parsed.data, solution: solution.trim() ? solution : undefined };
  }

  async function update(): Promise<void> {
    const mine = (generation += 1);
    const { parsed, issues } = current();
    showErrors(builderErrors(issues, strings));
    if (!parsed.success || issues.length > 0) {
      linkField.value = '';
      length.textContent = '';
      warning.hidden = true;
      open.removeAttribute('href');
      return;
    }
    const link = openUrl + (await encodeAssignment(parsed.data));
    if (mine !== generation) return;
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

  const tried = createTryPanel(tryPanel, part<HTMLElement>('[data-assign-tried]'), strings, tryInput);
  // A new exercise or language brings its own starter, checks, solution and hints.
  for (const name of ['from', 'language']) {
    field(name).addEventListener('change', () => {
      fillFrom();
      tried.stale();
      void update();
    });
  }
  form.addEventListener('input', (event) => {
    const name = (event.target as Element).getAttribute('name');
    if (name === 'from' || name === 'language') return;
    tried.stale();
    void update();
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
