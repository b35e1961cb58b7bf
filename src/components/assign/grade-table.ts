import { formatMs } from '../../engine';
import { problemText, verdictWord } from './grade-csv';
import type { GradeRow } from './grade-row';

type Strings = Record<string, string>;

export interface RowContext {
  strings: Strings;
  /** The page's language, for dates. */
  locale: string;
  /** This site's page that opens submission links (absolute); a row's fragment goes after it. */
  openUrl: string;
  /** Whether this row's checks are running now (otherwise an unverified row is waiting its turn). */
  running: boolean;
}

/** "Pasted again (line 7)", for a link pasted more than once; nothing for one pasted once. */
function repeatNote(doc: Document, repeats: readonly number[] | undefined, context: RowContext): HTMLSpanElement[] {
  if (!repeats?.length) return [];
  const lines = repeats.join(context.strings['grade.lineSeparator'] ?? ', ');
  return [span(doc, 'grade-repeat', fill(context.strings['grade.repeated'], { lines }))];
}

const fill = (template: string | undefined, values: Record<string, string | number>): string =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

function cell(doc: Document, ...content: (Node | string)[]): HTMLTableCellElement {
  const td = doc.createElement('td');
  td.append(...content);
  return td;
}

function span(doc: Document, className: string, text: string): HTMLSpanElement {
  const element = doc.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * Draws one row of the gradebook into `tr`. Everything from a link (names, titles, the link itself)
 * goes in as text nodes, never as HTML, and the "open" link is this site's own page with the
 * submission's fragment, never the pasted text, which could be any URL.
 */
export function renderRow(tr: HTMLTableRowElement, row: GradeRow, context: RowContext): void {
  const doc = tr.ownerDocument;
  const { strings } = context;
  tr.dataset['row'] = String(row.line);
  // A row is redrawn as it moves from waiting to verified: nothing of its last state may linger.
  for (const name of [
    'data-student',
    'data-passed',
    'data-total',
    'data-verified',
    'data-reason',
    'data-state',
    'data-repeats',
  ])
    tr.removeAttribute(name);
  if (row.repeats?.length) tr.dataset['repeats'] = row.repeats.join(' ');
  if (row.kind === 'damaged') {
    tr.dataset['verified'] = 'damaged';
    tr.dataset['reason'] = row.reason;
    tr.className = 'grade-damaged';
    // A link that cannot be read names no one: say so where the name would be, and which line it was.
    const where = cell(
      doc,
      span(doc, 'grade-name grade-unknown', strings['grade.unknownStudent'] ?? ''),
      span(doc, 'grade-line', fill(strings['grade.line'], { n: row.line })),
      ...repeatNote(doc, row.repeats, context),
    );
    const problem = cell(doc, span(doc, 'grade-flag', `⚠ ${verdictWord(row, strings)}: `), problemText(row, strings));
    problem.colSpan = 5;
    const link = cell(doc, span(doc, 'grade-raw-link', row.link));
    tr.replaceChildren(where, problem, link);
    return;
  }
  tr.className = '';
  tr.dataset['student'] = row.student?.name ?? '';
  const who = cell(doc, span(doc, 'grade-name', row.student?.name ?? strings['assign.sub.noName'] ?? ''));
  if (row.student?.group) who.append(span(doc, 'grade-group', row.student.group));
  who.append(...repeatNote(doc, row.repeats, context));
  const title = cell(doc, row.title);
  const { verified } = row;
  let score: HTMLTableCellElement;
  let claim: HTMLTableCellElement;
  let duration: HTMLTableCellElement;
  if (!verified && row.stopped) {
    // Stopped before its turn ended: no grade, and the table says so rather than "waiting".
    tr.dataset['state'] = 'stopped';
    tr.dataset['verified'] = 'not-verified';
    score = cell(doc, span(doc, 'grade-flag', `⚠ ${strings['grade.notVerified'] ?? ''}`));
    claim = cell(doc, '—');
    duration = cell(doc, '—');
  } else if (!verified) {
    tr.dataset['state'] = context.running ? 'verifying' : 'waiting';
    score = cell(doc, span(doc, 'grade-pending', strings[`grade.${tr.dataset['state']}`] ?? ''));
    claim = cell(doc, '—');
    duration = cell(doc, '—');
  } else {
    tr.dataset['verified'] = verified.verdict;
    tr.dataset['passed'] = String(verified.score.passed);
    tr.dataset['total'] = String(verified.score.total);
    score = cell(doc, `${verified.score.passed} / ${verified.score.total}`);
    const says = fill(strings[`grade.claim.${verified.verdict}`], {
      c: row.claimed.passed,
      t: row.claimed.total,
    });
    claim = cell(doc, verified.verdict === 'mismatch' ? span(doc, 'grade-flag', `⚠ ${says}`) : says);
    duration = cell(doc, verified.verdict === 'unchecked' ? '—' : formatMs(verified.durationMs));
  }
  const submitted = cell(doc, new Date(row.submittedAt).toLocaleString(context.locale));
  const open = doc.createElement('a');
  open.href = context.openUrl + row.fragment;
  open.target = '_blank';
  open.rel = 'noopener';
  open.textContent = strings['grade.open'] ?? '';
  tr.replaceChildren(who, title, score, claim, duration, submitted, cell(doc, open));
}
