import { browserStorage, createStudentStore, type CheckResult } from '../../engine';
import { encodeSubmission } from '../../engine/links';
import type { Assignment } from '../../schemas/assignment';
import { summarize } from './check-results';

type Strings = Record<string, string>;

/**
 * The submission part of an assignment's workspace: shown after every Check, passed or not (work in
 * progress can be handed in; the panel says which it is), it asks for a name before it makes the
 * link. The name is remembered for next time when the browser lets it; when it does not, submitting
 * goes on.
 */
export function createSubmitPanel(panel: HTMLElement, strings: Strings) {
  const doc = panel.ownerDocument;
  const part = <T extends HTMLElement = HTMLElement>(selector: string): T => {
    const element = panel.querySelector<T>(selector);
    if (!element) throw new Error(`submit panel is missing ${selector}`);
    return element;
  };
  const form = part<HTMLFormElement>('form[data-submit-form]');
  const state = part('[data-submit-state]');
  const error = part('[data-submit-error]');
  const note = part('[data-submit-note]');
  const name = form.elements.namedItem('studentName') as HTMLInputElement;
  const group = form.elements.namedItem('studentGroup') as HTMLInputElement;
  const store = createStudentStore(browserStorage(doc.defaultView ?? window));
  const remembered = store.load();
  if (remembered) {
    name.value = remembered.name;
    group.value = remembered.group;
  }

  const showError = (show: boolean): void => {
    error.hidden = !show;
    name.toggleAttribute('aria-invalid', show);
  };
  name.addEventListener('input', () => {
    if (name.value.trim()) showError(false);
  });

  return {
    /** After a Check: offer the link, saying whether every check passed or how many did. */
    show(results: readonly CheckResult[]): void {
      const summary = summarize(results, strings);
      const kind = summary.allPassed ? 'complete' : 'in-progress';
      panel.dataset['submitKind'] = kind;
      state.textContent = summary.allPassed
        ? (strings['ex.submitHint'] ?? '')
        : (strings['ex.submitInProgress'] ?? '')
            .replace('{n}', String(summary.passed))
            .replace('{m}', String(summary.total));
      note.textContent = '';
      panel.hidden = false;
    },
    hide(): void {
      panel.hidden = true;
    },
    /** Makes the link (when a name is given), puts it in a field and on the clipboard. */
    onSubmit(make: () => { assignment: Assignment; code: string; results: readonly CheckResult[] }): void {
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        void submit(make());
      });
    },
  };

  async function submit(what: { assignment: Assignment; code: string; results: readonly CheckResult[] }) {
    const student = { name: name.value.trim(), group: group.value.trim() };
    if (!student.name) {
      showError(true);
      name.focus();
      return;
    }
    showError(false);
    // Best effort: a browser that will not keep it still gets its link.
    store.save(student);
    const fragment = await encodeSubmission({
      v: 2,
      student: student.group ? student : { name: student.name },
      assignment: what.assignment,
      code: what.code,
      results: [...what.results],
      submittedAt: new Date().toISOString(),
    });
    const { location, navigator } = doc.defaultView ?? window;
    const link = `${location.origin}${location.pathname}${fragment}`;
    let field = panel.querySelector<HTMLInputElement>('[data-submit-link]');
    if (!field) {
      field = doc.createElement('input');
      field.className = 'ex-link';
      field.readOnly = true;
      field.dataset['submitLink'] = '';
      field.setAttribute('aria-label', strings['ex.submit'] ?? '');
      note.before(field);
    }
    field.value = link;
    try {
      await navigator.clipboard.writeText(link);
      note.textContent = strings['ex.submitCopied'] ?? '';
    } catch {
      note.textContent = strings['ex.copyManual'] ?? '';
      field.select();
    }
  }
}
