import { type ConsoleEntry, ENCODED_VALUE_TAGS } from '../../schemas/console-value';
import type { FrameToHost, TimelineSpan, WorkerToHost } from '../../schemas/run-protocol';

/**
 * Checks what arrives from the sandbox before the page touches it. The sandbox runs untrusted code:
 * anything malformed or oversized is dropped, never rendered. Bounds are generous for real runs
 * and small enough that a hostile message cannot stall the page.
 */
const MAX_ENTRIES = 5_000;
const MAX_SPANS = 5_000;
const MAX_DEPTH = 12;
/** Encoded values per entry, and per batch: the worker sends at most 200 entries of ≤ 5 000 nodes per argument. */
const MAX_NODES = 20_000;
const MAX_BATCH_NODES = 1_000_000;
const MAX_STRING = 100_000;

const KINDS = new Set(['log', 'info', 'warn', 'error', 'debug', 'system']);
const SPAN_KINDS = new Set(['timer', 'fetch', 'worker', 'span', 'blocked']);
const VALUE_TAGS = new Set<string>(ENCODED_VALUE_TAGS);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown, max = MAX_STRING): v is string => typeof v === 'string' && v.length <= max;

/** Walks an encoded value, counting nodes; false as soon as anything is off. */
function validValue(value: unknown, depth: number, budget: { nodes: number }): boolean {
  if (--budget.nodes < 0 || depth > MAX_DEPTH || !isObj(value) || !VALUE_TAGS.has(value['t'] as string)) return false;
  for (const key of Object.keys(value)) {
    const child = value[key];
    if (typeof child === 'string' && child.length > MAX_STRING) return false;
    if (Array.isArray(child)) {
      if (child.length > 2_000) return false;
      for (const item of child) {
        const items = Array.isArray(item) ? item : [item];
        for (const part of items) {
          if (isObj(part) && 't' in part && !validValue(part, depth + 1, budget)) return false;
          if (isObj(part) && 'value' in part && !validValue(part['value'], depth + 1, budget)) return false;
        }
      }
    } else if (isObj(child) && !validValue(child, depth + 1, budget)) return false;
  }
  return true;
}

function validEntry(entry: unknown, budget: { nodes: number }): entry is ConsoleEntry {
  if (!isObj(entry) || !KINDS.has(entry['kind'] as string) || !isStr(entry['method'], 40)) return false;
  if (!isNum(entry['time']) || !isNum(entry['depth']) || !Array.isArray(entry['args']) || entry['args'].length > 1_000)
    return false;
  if (entry['stack'] !== undefined && !isStr(entry['stack'])) return false;
  if (entry['table'] !== undefined && !isObj(entry['table'])) return false;
  return (entry['args'] as unknown[]).every((arg) => validValue(arg, 0, budget));
}

/** Stands in for an entry that failed validation: its time if that much is readable, and why. */
function unreadableEntry(entry: unknown, budget: { nodes: number }): ConsoleEntry {
  const time = isObj(entry) && isNum(entry['time']) ? entry['time'] : 0;
  const reason = budget.nodes < 0 ? 'too large to show' : 'malformed console entry';
  return { kind: 'error', method: 'system', time, depth: 0, args: [{ t: 'unreadable', reason }] };
}

function validSpan(span: unknown): span is TimelineSpan {
  return (
    isObj(span) &&
    isNum(span['id']) &&
    SPAN_KINDS.has(span['kind'] as string) &&
    isStr(span['label'], 500) &&
    isNum(span['start']) &&
    (span['end'] === null || isNum(span['end']))
  );
}

/** A message from the run's worker, or null when it is not one we accept. */
export function parseWorkerMessage(data: unknown): WorkerToHost | null {
  if (!isObj(data) || !isNum(data['runId'])) return null;
  switch (data['type']) {
    case 'started':
    case 'beat':
      return { type: data['type'], runId: data['runId'] };
    case 'console': {
      const entries = data['entries'];
      if (!Array.isArray(entries) || entries.length > MAX_ENTRIES || !isNum(data['dropped'])) return null;
      // One bad entry must not take the batch with it: it is shown as unreadable in its place.
      let batchNodes = MAX_BATCH_NODES;
      const checked = entries.map((entry: unknown): ConsoleEntry => {
        const budget = { nodes: Math.min(MAX_NODES, batchNodes) };
        const valid = validEntry(entry, budget);
        batchNodes -= Math.min(MAX_NODES, batchNodes) - Math.max(0, budget.nodes);
        return valid ? entry : unreadableEntry(entry, budget);
      });
      return { type: 'console', runId: data['runId'], dropped: data['dropped'], entries: checked };
    }
    case 'spans': {
      const spans = data['spans'];
      if (!Array.isArray(spans) || spans.length > MAX_SPANS || !isNum(data['dropped'])) return null;
      return spans.every(validSpan) ? (data as WorkerToHost) : null;
    }
    case 'checks': {
      const results = data['results'];
      if (!Array.isArray(results) || results.length > 200) return null;
      const valid = results.every(
        (r) =>
          isObj(r) &&
          isStr(r['name'], 300) &&
          (r['status'] === 'pending' || r['status'] === 'passed' || r['status'] === 'failed') &&
          (r['message'] === undefined || isStr(r['message'], 2_000)),
      );
      return valid ? (data as WorkerToHost) : null;
    }
    case 'done':
      if (!isNum(data['durationMs']) || !isNum(data['uncaught'])) return null;
      if (data['warning'] !== undefined && !isStr(data['warning'], 1_000)) return null;
      return data as WorkerToHost;
    default:
      return null;
  }
}

/** A message from the sandbox frame, or null. */
export function parseFrameMessage(data: unknown): FrameToHost | null {
  if (!isObj(data)) return null;
  if (data['type'] === 'ready') return { type: 'ready' };
  if (data['type'] === 'pong' && isNum(data['nonce'])) return { type: 'pong', nonce: data['nonce'] };
  if (data['type'] === 'worker-error' && isNum(data['runId']) && isStr(data['message'], 2_000)) {
    return { type: 'worker-error', runId: data['runId'], message: data['message'] };
  }
  return null;
}
