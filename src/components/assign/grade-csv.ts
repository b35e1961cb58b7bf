import type { GradeRow } from './grade-row';

type Strings = Record<string, string>;

/** Byte order mark: without it Excel reads a UTF-8 file as the system's code page and garbles Chinese names. */
export const CSV_BOM = '\uFEFF';

/**
 * One field, RFC 4180: quoted when it holds a comma, a quote or a line break, quotes doubled. Text
 * that a spreadsheet would run as a formula (a student can type "=HYPERLINK(…)" as their name) gets
 * a leading apostrophe, as OWASP advises for CSV exports.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** What a row's Verified column says, in words the page's language uses (English: yes / mismatch / damaged). */
export function verdictWord(row: GradeRow, strings: Strings): string {
  if (row.kind === 'damaged') return strings['grade.verdict.damaged'] ?? 'damaged';
  const verdict = row.verified?.verdict ?? (row.stopped ? 'not-verified' : 'pending');
  return strings[`grade.verdict.${verdict}`] ?? verdict;
}

/** Why a damaged row has no grade, in the page's language. */
export function problemText(row: GradeRow, strings: Strings): string {
  if (row.kind !== 'damaged') return '';
  const text = strings[`grade.problem.${row.reason}`] ?? strings[`assign.err.${row.reason}`] ?? row.reason;
  return text.replace('{detail}', () => row.detail ?? '');
}

/**
 * The gradebook as CSV text, BOM first, CRLF between records: one row per pasted link, damaged ones
 * included, so the file accounts for every link the teacher received.
 */
export function gradebookCsv(rows: readonly GradeRow[], strings: Strings): string {
  const header = [
    'student',
    'group',
    'assignment',
    'passed',
    'total',
    'claimedPassed',
    'claimedTotal',
    'verified',
    'problem',
    'durationMs',
    'submittedAt',
    'link',
  ].map((key) => strings[`grade.csv.${key}`] ?? key);
  const records = rows.map((row) => {
    if (row.kind === 'damaged')
      return ['', '', '', '', '', '', '', verdictWord(row, strings), problemText(row, strings), '', '', row.link];
    const verified = row.verified;
    return [
      row.student?.name ?? strings['assign.sub.noName'] ?? '',
      row.student?.group ?? '',
      row.title,
      verified ? verified.score.passed : '',
      verified ? verified.score.total : '',
      row.claimed.passed,
      row.claimed.total,
      verdictWord(row, strings),
      '',
      verified && verified.verdict !== 'unchecked' ? Math.round(verified.durationMs) : '',
      row.submittedAt,
      row.link,
    ];
  });
  return CSV_BOM + [header, ...records].map((fields) => fields.map(csvField).join(',')).join('\r\n') + '\r\n';
}
