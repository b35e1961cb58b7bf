import { describe, expect, it } from 'vitest';
import { csvField, gradebookCsv } from './grade-csv';
import type { GradeRow } from './grade-row';
import { stringsWithPrefix } from '../../i18n/ui';

// The strings the English gradebook page hands its script (Gradebook.astro), not a copy of them:
// the expected text below is what a teacher's spreadsheet shows.
const strings: Record<string, string> = {
  ...stringsWithPrefix('en', 'grade.'),
  ...stringsWithPrefix('en', 'assign.'),
  ...stringsWithPrefix('en', 'ex.'),
};

const base = { fragment: '#s=x', title: 'Three at once', submittedAt: '2026-03-01T09:30:00.000Z' };
const rows: GradeRow[] = [
  {
    ...base,
    kind: 'submission',
    line: 1,
    link: 'https://x.test/#s=A',
    student: { name: '王小明', group: '三年级, "二"班' },
    claimed: { passed: 3, total: 3 },
    verified: { verdict: 'yes', score: { passed: 3, total: 3 }, durationMs: 1002.4, results: [] },
  },
  {
    ...base,
    kind: 'submission',
    line: 2,
    link: 'https://x.test/#s=B',
    student: { name: 'Ada\nLovelace' },
    claimed: { passed: 3, total: 3 },
    verified: { verdict: 'mismatch', score: { passed: 1, total: 3 }, durationMs: 40, results: [] },
  },
  { kind: 'damaged', line: 3, link: 'https://x.test/#s=C', reason: 'tampered' },
  {
    ...base,
    kind: 'submission',
    line: 4,
    link: '#s=D',
    student: undefined,
    claimed: { passed: 0, total: 3 },
    verified: { verdict: 'yes', score: { passed: 0, total: 3 }, durationMs: 5, results: [] },
  },
];

describe('gradebook CSV', () => {
  it('is UTF-8 text with a BOM, CRLF records, one row per link, damaged ones included', () => {
    expect(gradebookCsv(rows, strings)).toBe(
      '\uFEFF' +
        [
          'Student,Class or number,Assignment,Checks passed (verified),Checks,Claimed passed,Claimed checks,Verified,Problem,Run time (ms),Submitted at,Link',
          '王小明,"三年级, ""二""班",Three at once,3,3,3,3,yes,,1002,2026-03-01T09:30:00.000Z,https://x.test/#s=A',
          '"Ada\nLovelace",,Three at once,1,3,3,3,mismatch,,40,2026-03-01T09:30:00.000Z,https://x.test/#s=B',
          `,,,,,,,damaged,${csvField(strings['assign.err.tampered'] ?? '')},,,https://x.test/#s=C`,
          '(no name),,Three at once,0,3,0,3,yes,,5,2026-03-01T09:30:00.000Z,#s=D',
        ].join('\r\n') +
        '\r\n',
    );
  });

  it('quotes what needs quoting and defuses spreadsheet formulas in text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });
});
