// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { stringsWithPrefix } from '../../i18n/ui';
import { gradebookCsv } from './grade-csv';
import type { GradeRow } from './grade-row';
import { renderRow } from './grade-table';

const stringsFor = (locale: 'en' | 'zh-cn'): Record<string, string> => ({
  ...stringsWithPrefix(locale, 'grade.'),
  ...stringsWithPrefix(locale, 'assign.'),
  ...stringsWithPrefix(locale, 'ex.'),
});

function draw(row: GradeRow, locale: 'en' | 'zh-cn' = 'en'): HTMLTableRowElement {
  const tr = document.createElement('tr');
  renderRow(tr, row, {
    strings: stringsFor(locale),
    locale,
    openUrl: 'https://x.test/en/assign/open/',
    running: false,
  });
  return tr;
}

const waiting: GradeRow = {
  kind: 'submission',
  line: 2,
  link: 'https://x.test/#s=B',
  fragment: '#s=B',
  student: { name: 'Ada' },
  title: 'Three at once',
  submittedAt: '2026-03-01T09:30:00.000Z',
  claimed: { passed: 3, total: 3 },
};

describe('a gradebook row', () => {
  it('names no one for a link that cannot be read: a placeholder, the line, and the reason', () => {
    const tr = draw({ kind: 'damaged', line: 3, link: 'https://x.test/#s=broken', reason: 'tampered' });
    const [who, problem] = [...tr.cells];
    expect(who?.textContent).toBe('Unknown studentLine 3');
    expect(problem?.textContent).toContain('does not match its checksum');
    expect(tr.dataset['verified']).toBe('damaged');
    expect(tr.dataset['student']).toBeUndefined();
    expect(draw({ kind: 'damaged', line: 3, link: 'x', reason: 'not-a-link' }, 'zh-cn').cells[0]?.textContent).toBe(
      '未知学生第 3 行',
    );
  });

  it('says where the same link was pasted again', () => {
    const tr = draw({ ...waiting, repeats: [5, 9] });
    expect(tr.dataset['repeats']).toBe('5 9');
    expect(tr.cells[0]?.textContent).toContain('Pasted again (line 5, 9): shown once.');
    expect(draw({ ...waiting, repeats: [5, 9] }, 'zh-cn').cells[0]?.textContent).toContain(
      '同一个链接又出现在第 5、9 行，这里只显示一次。',
    );
    expect(draw(waiting).dataset['repeats']).toBeUndefined();
  });

  it('marks a row that Stop left unverified, on the page and in the CSV', () => {
    const tr = draw({ ...waiting, stopped: true });
    expect(tr.dataset['verified']).toBe('not-verified');
    expect(tr.dataset['passed']).toBeUndefined();
    expect(tr.cells[2]?.textContent).toBe('⚠ not verified (stopped)');
    expect(draw(waiting).dataset['state']).toBe('waiting');
    const csv = gradebookCsv([{ ...waiting, stopped: true }], stringsFor('en'));
    expect(csv.split('\r\n')[1]).toContain(',,,3,3,not verified,');
  });
});
