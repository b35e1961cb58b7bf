import type { TimelineSpan } from '../../schemas/run-protocol';
import { mapClear, mapDelete, mapForEach, mapGet, mapSet } from './intrinsics';

type SpanKind = TimelineSpan['kind'];

interface OpenSpan {
  kind: SpanKind;
  label: string;
  start: number;
}

/**
 * Records bars for the timeline. A span is emitted once, when it ends; spans still open when the run
 * ends are emitted by `closeOpen()` with `end: null`. Each call is a map operation and an object, so
 * recording stays far below a millisecond per hundred operations.
 */
export class TimelineRecorder {
  readonly #clock: () => number;
  readonly #emit: (span: TimelineSpan) => void;
  readonly #open = new Map<number, OpenSpan>();
  #nextId = 1;

  /**
   * @param clock milliseconds since the learner's code started
   * @param emit receives each finished span (normally a Batcher's push)
   */
  constructor(clock: () => number, emit: (span: TimelineSpan) => void) {
    this.#clock = clock;
    this.#emit = emit;
  }

  /** Opens a span now and returns its id for `end`. */
  begin(kind: SpanKind, label: string): number {
    const id = this.#nextId++;
    mapSet(this.#open, id, { kind, label, start: this.#clock() });
    return id;
  }

  /** Ends an open span now; `note` is appended to its label, e.g. "cleared". Unknown ids are ignored. */
  end(id: number, note?: string): void {
    const span = mapGet(this.#open, id);
    if (!span) return;
    mapDelete(this.#open, id);
    const label = note === undefined ? span.label : `${span.label} (${note})`;
    this.#emit({ id, kind: span.kind, label, start: span.start, end: this.#clock() });
  }

  /** Records a span whose start and end are already known. */
  record(kind: SpanKind, label: string, start: number, end: number): void {
    this.#emit({ id: this.#nextId++, kind, label, start, end });
  }

  /** Emits every span still open, with `end: null` (still running when the run ended). */
  closeOpen(): void {
    mapForEach(this.#open, (span, id) => this.#emit({ id, ...span, end: null }));
    mapClear(this.#open);
  }
}
