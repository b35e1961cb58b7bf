import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../schemas/assignment';
import { decodeLink, encodeAssignment, encodeSubmission, MAX_FRAGMENT_LENGTH, sha256Hex } from './assignment-link';

const assignment: Assignment = {
  v: 1,
  title: 'Three at once',
  language: 'typescript',
  instructions: 'Make it **concurrent**. <img src=x onerror=alert(1)>',
  starter: 'export const x = 1;',
  checks: "import { check } from 'async-lab/check';\ncheck('x', () => {});",
  hints: ['use Promise.all'],
  checkLabels: {},
  timeLimitMs: 10_000,
  exercise: 'concurrent-fetches',
};

/** Re-encodes a fragment after changing its JSON, keeping the old hash: what an edit by hand does. */
function tamper(fragment: string, edit: (json: string) => string): string {
  const text = decompressFromEncodedURIComponent(fragment.slice(3));
  const [hash, json] = [text.slice(0, 64), text.slice(65)];
  return fragment.slice(0, 3) + compressToEncodedURIComponent(`${hash}\n${edit(json)}`);
}

describe('assignment links', () => {
  it('round-trips an assignment', async () => {
    const fragment = await encodeAssignment(assignment);
    expect(fragment.startsWith('#a=')).toBe(true);
    const decoded = await decodeLink(fragment);
    expect(decoded).toMatchObject({ kind: 'assignment', assignment, id: expect.stringMatching(/^[0-9a-f]{12}$/) });
  });

  it('round-trips a submission with the same id as its assignment', async () => {
    const a = await decodeLink(await encodeAssignment(assignment));
    const submission = {
      v: 1 as const,
      assignment,
      code: 'export const x = 2;',
      results: [{ name: 'x', status: 'passed' as const }],
      submittedAt: '2026-01-01T10:00:00.000Z',
    };
    const s = await decodeLink(await encodeSubmission(submission));
    expect(s).toMatchObject({ kind: 'submission', submission });
    expect(a.kind === 'assignment' && s.kind === 'submission' && a.id === s.id).toBe(true);
  });

  it('round-trips a Python assignment, and reads a link made before Python as TypeScript', async () => {
    const python: Assignment = {
      ...assignment,
      language: 'python',
      starter: 'x = 1\n',
      checks: 'from lab_check import check\n',
    };
    expect(await decodeLink(await encodeAssignment(python))).toMatchObject({ kind: 'assignment', assignment: python });
    const { language: _dropped, ...before } = assignment;
    const old = await decodeLink(await encodeAssignment(before as Assignment));
    expect(old.kind === 'assignment' && old.assignment.language).toBe('typescript');
  });

  it('detects an edited payload whose hash no longer matches', async () => {
    const fragment = tamper(await encodeAssignment(assignment), (json) =>
      json.replace('Three at once', 'Four at once'),
    );
    expect(await decodeLink(fragment)).toEqual({ kind: 'invalid', reason: 'tampered' });
  });

  it('reports damaged, foreign and oversized fragments without throwing', async () => {
    const fragment = await encodeAssignment(assignment);
    expect(await decodeLink(fragment.slice(0, -7))).toMatchObject({ kind: 'invalid' });
    expect(await decodeLink('#a=%%%not-lz')).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(await decodeLink('#code/abc')).toEqual({ kind: 'invalid', reason: 'malformed' });
    expect(await decodeLink(`#a=${'A'.repeat(MAX_FRAGMENT_LENGTH)}`)).toEqual({ kind: 'invalid', reason: 'too-large' });
    expect(await decodeLink('')).toEqual({ kind: 'none' });
  });

  it('refuses a well-hashed payload that breaks the schema or has an unknown version', async () => {
    const encodeRaw = async (data: unknown) => {
      const json = JSON.stringify(data);
      return `#a=${compressToEncodedURIComponent(`${await sha256Hex(json)}\n${json}`)}`;
    };
    expect(await decodeLink(await encodeRaw({ ...assignment, v: 2 }))).toEqual({
      kind: 'invalid',
      reason: 'unsupported',
    });
    expect(await decodeLink(await encodeRaw({ ...assignment, timeLimitMs: 'soon' }))).toMatchObject({
      kind: 'invalid',
      reason: 'invalid',
      detail: expect.stringContaining('timeLimitMs'),
    });
    expect(await decodeLink(await encodeRaw({ ...assignment, starter: 'x'.repeat(60_000) }))).toMatchObject({
      kind: 'invalid',
      reason: 'invalid',
    });
  });

  it('round-trips a version 2 submission with the student’s name, Chinese included', async () => {
    const submission = {
      v: 2 as const,
      student: { name: '王小明', group: '三年级二班 17 号' },
      assignment,
      code: 'export const x = 2;',
      results: [
        { name: 'x', status: 'passed' as const },
        { name: 'y', status: 'failed' as const, message: 'not yet' },
      ],
      submittedAt: '2026-01-01T10:00:00.000Z',
    };
    expect(await decodeLink(await encodeSubmission(submission))).toMatchObject({ kind: 'submission', submission });
  });

  it('still opens a version 1 submission made before names, with no student', async () => {
    // Built by hand as the site wrote them before names existed, so this test does not follow the encoder.
    const json = JSON.stringify({
      v: 1,
      assignment,
      code: 'export const x = 2;',
      results: [{ name: 'x', status: 'passed' }],
      submittedAt: '2026-01-01T10:00:00.000Z',
    });
    const decoded = await decodeLink(`#s=${compressToEncodedURIComponent(`${await sha256Hex(json)}\n${json}`)}`);
    expect(decoded.kind).toBe('submission');
    expect(decoded.kind === 'submission' && decoded.submission.student).toBeUndefined();
  });

  it('refuses a submission with a blank name, and a submission version it does not know', async () => {
    const encodeRaw = async (data: unknown) => {
      const json = JSON.stringify(data);
      return `#s=${compressToEncodedURIComponent(`${await sha256Hex(json)}\n${json}`)}`;
    };
    const base = { assignment, code: '', results: [], submittedAt: '2026-01-01T10:00:00.000Z' };
    expect(await decodeLink(await encodeRaw({ ...base, v: 2, student: { name: '   ' } }))).toMatchObject({
      kind: 'invalid',
      reason: 'invalid',
      detail: expect.stringContaining('student.name'),
    });
    expect(await decodeLink(await encodeRaw({ ...base, v: 3, student: { name: 'A' } }))).toEqual({
      kind: 'invalid',
      reason: 'unsupported',
    });
  });
});
