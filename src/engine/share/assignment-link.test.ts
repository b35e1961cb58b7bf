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
});
