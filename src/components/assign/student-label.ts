import type { Student } from '../../schemas/assignment';

type Strings = Record<string, string>;

/**
 * The student's name as shown, or a placeholder for a link made before submissions carried names.
 * Plain strings: callers put them in `textContent`, never in HTML.
 */
export function studentName(student: Student | undefined, strings: Strings): string {
  return student?.name ?? strings['assign.sub.noName'] ?? '';
}

/** "Submitted by 王小明 (三年级二班 17 号)": the submission page's byline. */
export function studentLine(student: Student | undefined, strings: Strings): string {
  const template = student?.group ? strings['assign.sub.byGroup'] : strings['assign.sub.by'];
  const values: Strings = { name: studentName(student, strings), group: student?.group ?? '' };
  // One pass with a function replacer: a name is data, so "$&" or "{group}" in it stays as typed.
  return (template ?? '{name}').replace(/\{(name|group)\}/g, (_, key: string) => values[key] ?? '');
}
