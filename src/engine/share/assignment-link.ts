import { compressToEncodedURIComponent } from 'lz-string';
import { decompressExact } from './share-link';
import { assignmentSchema, submissionSchema, type Assignment, type Submission } from '../../schemas/assignment';
import { zodWithoutEval } from '../../schemas/zod';

/**
 * Assignment and submission links. Everything travels in the URL fragment, which browsers never send
 * to a server: `#a=<payload>` (an assignment) or `#s=<payload>` (a student's submission), where
 * payload = lz-string(compressToEncodedURIComponent) of "<sha-256 hex of the JSON>\n<JSON>".
 *
 * The hash detects damage (a truncated or edited link), not forgery: anyone can recompute it. What
 * proves a submission is the teacher re-running the checks on the student's code (Verify).
 */
export const ASSIGNMENT_PREFIX = '#a=';
export const SUBMISSION_PREFIX = '#s=';
/** Browsers and chat apps handle links of this length badly; the builder warns above it. */
export const LINK_WARN_LENGTH = 8_000;
/** Beyond this a fragment is refused before decompression, which could otherwise take long. */
export const MAX_FRAGMENT_LENGTH = 200_000;

export type LinkProblem = 'malformed' | 'too-large' | 'tampered' | 'unsupported' | 'invalid';

export type DecodedLink =
  | { kind: 'none' }
  | { kind: 'assignment'; assignment: Assignment; id: string }
  | { kind: 'submission'; submission: Submission; id: string }
  | { kind: 'invalid'; reason: LinkProblem; detail?: string };

/** SHA-256 as hex. `subtle` is passed in so tests and workers can supply their own. */
export async function sha256Hex(text: string, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<string> {
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function encode(prefix: string, data: unknown, subtle?: SubtleCrypto): Promise<string> {
  const json = JSON.stringify(data);
  return prefix + compressToEncodedURIComponent(`${await sha256Hex(json, subtle)}\n${json}`);
}

/** The fragment (starting with "#a=") of a link to `assignment`. */
export function encodeAssignment(assignment: Assignment, subtle?: SubtleCrypto): Promise<string> {
  zodWithoutEval();
  return encode(ASSIGNMENT_PREFIX, assignmentSchema.parse(assignment), subtle);
}

/** The fragment (starting with "#s=") of a submission link. */
export function encodeSubmission(submission: Submission, subtle?: SubtleCrypto): Promise<string> {
  zodWithoutEval();
  return encode(SUBMISSION_PREFIX, submissionSchema.parse(submission), subtle);
}

/** A stable short id for an assignment: where a student's code for it is saved. */
export async function assignmentId(assignment: Assignment, subtle?: SubtleCrypto): Promise<string> {
  return (await sha256Hex(JSON.stringify(assignment), subtle)).slice(0, 12);
}

/** Reads a location hash; every problem is reported as a value, never thrown. */
export async function decodeLink(hash: string, subtle?: SubtleCrypto): Promise<DecodedLink> {
  if (hash === '' || hash === '#') return { kind: 'none' };
  const prefix = [ASSIGNMENT_PREFIX, SUBMISSION_PREFIX].find((p) => hash.startsWith(p));
  if (!prefix) return { kind: 'invalid', reason: 'malformed' };
  if (hash.length > MAX_FRAGMENT_LENGTH) return { kind: 'invalid', reason: 'too-large' };
  const payload = hash.slice(prefix.length);
  const text = decompressExact(payload);
  if (!text) return { kind: 'invalid', reason: 'malformed' };
  const newline = text.indexOf('\n');
  const [hashPart, json] = newline < 0 ? ['', text] : [text.slice(0, newline), text.slice(newline + 1)];
  if (!/^[0-9a-f]{64}$/.test(hashPart)) return { kind: 'invalid', reason: 'malformed' };
  if ((await sha256Hex(json, subtle)) !== hashPart) return { kind: 'invalid', reason: 'tampered' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { kind: 'invalid', reason: 'malformed' };
  }
  // Submissions gained a version 2 (with the student's name); assignments are still at 1.
  const versions: readonly unknown[] = prefix === ASSIGNMENT_PREFIX ? [1] : [1, 2];
  if (typeof data === 'object' && data !== null && !versions.includes((data as { v?: unknown }).v))
    return { kind: 'invalid', reason: 'unsupported' };
  zodWithoutEval();
  if (prefix === ASSIGNMENT_PREFIX) {
    const parsed = assignmentSchema.safeParse(data);
    if (!parsed.success) return { kind: 'invalid', reason: 'invalid', detail: describe(parsed.error.issues) };
    return { kind: 'assignment', assignment: parsed.data, id: await assignmentId(parsed.data, subtle) };
  }
  const parsed = submissionSchema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid', reason: 'invalid', detail: describe(parsed.error.issues) };
  return { kind: 'submission', submission: parsed.data, id: await assignmentId(parsed.data.assignment, subtle) };
}

function describe(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(link)'}: ${i.message}`)
    .join('; ');
}
