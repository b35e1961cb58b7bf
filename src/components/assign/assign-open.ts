import type { CourseSite } from '../../course/course-link';
import { decodeLink } from '../../engine/links';
import { isLocale } from '../../i18n/locales';
import type { Assignment, Submission } from '../../schemas/assignment';
import { summarize } from '../exercise/check-results';
import type { AsyncExercise } from '../exercise/exercise-element';
// This page holds a playground anyway. Importing its element here keeps the editor's loader (which
// the submission view's diff uses too) in the playground's chunk: reached from this entry alone,
// Rollup split it into a chunk of its own, one more request on every lesson page.
import '../playground/playground-element';
import { renderMarkdown } from '../exercise/markdown';
import { studentLine } from './student-label';
import { agreesWithClaim } from './claim';
import { compareChecks } from './claim-compare';
import { renderComparison } from './submission-checks';
import { showSubmissionCode } from './submission-code';
import { verifySubmission } from './verify-submission';

type Strings = Record<string, string>;

function part<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`assignment page is missing ${selector}`);
  return element;
}

function showSubmission(view: HTMLElement, submission: Submission, strings: Strings, site: CourseSite): void {
  const { assignment } = submission;
  const labels = assignment.checkLabels;
  part(view, '[data-title]').textContent = assignment.title;
  part(view, '[data-instructions]').replaceChildren(renderMarkdown(document, assignment.instructions, site));
  // Names come from the link: text only, like everything else it carries.
  part(view, '[data-student]').textContent = studentLine(submission.student, strings);
  part(view, '[data-code]').textContent = submission.code;
  const codeShown = showSubmissionCode({
    host: part(view, '[data-code-diff]'),
    intro: part(view, '[data-code-intro]'),
    starter: assignment.starter,
    code: submission.code,
    language: assignment.language,
    strings,
  }).catch(() => undefined);
  const when = new Date(submission.submittedAt).toLocaleString(document.documentElement.lang);
  part(view, '[data-submitted-at]').textContent = (strings['assign.sub.submittedAt'] ?? '').replace('{time}', when);
  const rows = part<HTMLTableSectionElement>(view, '[data-compare-rows]');
  renderComparison(rows, compareChecks(submission.results, undefined), labels, strings);
  const claimed = summarize(submission.results, strings);
  part(view, '[data-claimed-summary]').textContent = claimed.text;
  // Work in progress is a submission too; say so, so a partial score is not mistaken for a bad link.
  part(view, '[data-in-progress]').hidden = claimed.allPassed || submission.results.length === 0;
  const button = part<HTMLButtonElement>(view, '[data-action="verify"]');
  const verdict = part(view, '[data-verdict]');
  if (!assignment.checks) {
    button.hidden = true;
    verdict.textContent = strings['assign.sub.noChecks'] ?? '';
    return;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    verdict.textContent = strings['ex.checking'] ?? '';
    delete verdict.dataset['verdict'];
    // Monaco's first evaluation holds the main thread for up to seconds on a busy machine; the
    // checks time the student's code, so they start once the diff is up, not beside it.
    await codeShown;
    const { results } = await verifySubmission(submission, strings);
    renderComparison(rows, compareChecks(submission.results, results), labels, strings);
    const mine = summarize(results, strings);
    const agrees = agreesWithClaim(results, submission.results);
    const fill = (key: string): string =>
      (strings[key] ?? '')
        .replace('{n}', String(mine.passed))
        .replace('{m}', String(mine.total))
        .replace('{c}', String(claimed.passed));
    verdict.textContent = [
      mine.allPassed && agrees ? fill('assign.sub.verifiedPass') : fill('assign.sub.verifiedFail'),
      agrees ? (mine.allPassed ? '' : fill('assign.sub.agreesInProgress')) : fill('assign.sub.disagree'),
    ]
      .filter(Boolean)
      .join(' ');
    verdict.dataset['verdict'] = !agrees ? 'not-verified' : mine.allPassed ? 'verified' : 'in-progress';
    button.disabled = false;
  });
}

async function showAssignment(view: HTMLElement, assignment: Assignment, id: string, site: CourseSite): Promise<void> {
  part(view, '[data-title]').textContent = assignment.title;
  part(view, '[data-instructions]').replaceChildren(renderMarkdown(document, assignment.instructions, site));
  await customElements.whenDefined('async-exercise');
  part<AsyncExercise>(view, 'async-exercise').start({
    storageKey: `assignment/${id}`,
    language: assignment.language,
    starter: assignment.starter,
    checks: assignment.checks,
    solution: assignment.solution,
    hints: assignment.hints,
    checkLabels: assignment.checkLabels,
    timeLimitMs: assignment.timeLimitMs,
    assignment,
  });
}

async function open(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const locale = root.dataset['locale'] ?? '';
  // Links in the instructions go to this copy of the course, in the page's language.
  const site: CourseSite = { base: root.dataset['base'] ?? '/', locale: isLocale(locale) ? locale : 'en' };
  const decoded = await decodeLink(window.location.hash);
  if (decoded.kind === 'none' || decoded.kind === 'invalid') {
    const view = part(root, '[data-link-error]');
    const text = decoded.kind === 'none' ? strings['assign.err.none'] : strings[`assign.err.${decoded.reason}`];
    part(view, '[data-error-text]').textContent = (text ?? '').replace(
      '{detail}',
      decoded.kind === 'invalid' ? (decoded.detail ?? '') : '',
    );
    view.hidden = false;
    view.dataset['reason'] = decoded.kind === 'none' ? 'none' : decoded.reason;
    return;
  }
  const title = decoded.kind === 'assignment' ? decoded.assignment.title : decoded.submission.assignment.title;
  document.title = `${title} · ${root.dataset['siteName'] ?? ''}`;
  if (decoded.kind === 'assignment') {
    const view = part(root, '[data-assignment]');
    view.hidden = false;
    await showAssignment(view, decoded.assignment, decoded.id, site);
  } else {
    const view = part(root, '[data-submission]');
    view.hidden = false;
    showSubmission(view, decoded.submission, strings, site);
  }
}

const root = document.querySelector<HTMLElement>('[data-assign-open]');
if (root) {
  void open(root);
  // Another link pasted into the address bar: start over with it.
  window.addEventListener('hashchange', () => window.location.reload());
}
