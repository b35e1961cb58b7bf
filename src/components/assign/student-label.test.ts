import { describe, expect, it } from 'vitest';
import { studentLine, studentName } from './student-label';

const strings = {
  'assign.sub.by': 'Submitted by {name}',
  'assign.sub.byGroup': 'Submitted by {name} ({group})',
  'assign.sub.noName': '(no name)',
};

describe('who submitted', () => {
  it('names the student and their class, or says there is no name (links made before names)', () => {
    expect(studentLine({ name: '王小明', group: '三年级二班' }, strings)).toBe('Submitted by 王小明 (三年级二班)');
    expect(studentLine({ name: 'Ada' }, strings)).toBe('Submitted by Ada');
    expect(studentLine(undefined, strings)).toBe('Submitted by (no name)');
    expect(studentName(undefined, strings)).toBe('(no name)');
  });

  it('keeps what the student typed, even when it looks like a pattern or a placeholder', () => {
    expect(studentLine({ name: "$& {group} $'", group: '{name}' }, strings)).toBe(
      "Submitted by $& {group} $' ({name})",
    );
  });
});
