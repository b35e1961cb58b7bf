import type { Delay } from './worker-scope';
import { dropFirst, pushItem } from './intrinsics';

export interface BatcherOptions<T> {
  /** Posts one batch; `dropped` counts items left out between the previous batch and this one. */
  send: (items: T[], dropped: number) => void;
  clock: () => number;
  /** Untracked timer, for the flush shortly after the last item. */
  delay: Delay;
  /** Flush once this many items are waiting. */
  maxBatch?: number;
  /** Flush when an item arrives this long after the last flush, even in a busy loop that never yields. */
  maxAgeMs?: number;
  /** Flush this long after an item when nothing else happens. */
  idleFlushMs?: number;
  /** Items that may be sent at once before the rate limit applies. */
  burst: number;
  /** Items the allowance regains per millisecond; 0 makes `burst` a cap for the whole run. */
  refillPerMs: number;
  /** Over the allowance, how many of the newest items are kept to be sent when it allows (the rest are dropped). */
  tailSize: number;
}

/**
 * Collects items (console entries, timeline spans) into bounded batches.
 *
 * Memory stays bounded whatever the learner does: at most `maxBatch` items wait to be sent, and past
 * the allowance only the newest `tailSize` are kept — so a loop printing a million lines sends the
 * beginning, the end and a count of what was dropped between them.
 */
export class Batcher<T> {
  readonly #send: BatcherOptions<T>['send'];
  readonly #clock: () => number;
  readonly #delay: Delay;
  readonly #maxBatch: number;
  readonly #maxAgeMs: number;
  readonly #idleFlushMs: number;
  readonly #burst: number;
  readonly #refillPerMs: number;
  readonly #tailSize: number;

  #buffer: T[] = [];
  /** Items over the allowance, oldest first, all newer than anything in #buffer; trimmed to tailSize before sending. */
  #tail: T[] = [];
  #dropped = 0;
  #allowance: number;
  #lastRefill: number;
  #lastFlush: number;
  #timerQueued = false;
  #closed = false;

  constructor(options: BatcherOptions<T>) {
    this.#send = options.send;
    this.#clock = options.clock;
    this.#delay = options.delay;
    this.#maxBatch = options.maxBatch ?? 200;
    this.#maxAgeMs = options.maxAgeMs ?? 30;
    this.#idleFlushMs = options.idleFlushMs ?? 16;
    this.#burst = options.burst;
    this.#refillPerMs = options.refillPerMs;
    this.#tailSize = options.tailSize;
    this.#allowance = options.burst;
    this.#lastRefill = options.clock();
    // The first item after a quiet spell goes out at once: `console.log('x'); while (true) {}` must
    // still show its line, because no timer will ever fire in that worker again.
    this.#lastFlush = -Infinity;
  }

  /** Adds one item; may flush synchronously (postMessage works without yielding). */
  push(item: T): void {
    if (this.#closed) return;
    const now = this.#clock();
    this.#refill(now);
    if (this.#tail.length === 0 && this.#allowance >= 1) {
      this.#allowance--;
      pushItem(this.#buffer, item);
    } else {
      // The buffer is all older than the tail: send it now, so a later `dropped` count sits in the right place.
      if (this.#buffer.length > 0) this.flush();
      if (this.#tailSize === 0) this.#dropped++;
      else {
        pushItem(this.#tail, item);
        // Trimming in chunks keeps a million-line loop O(1) per item; memory stays under 2 × tailSize.
        if (this.#tail.length >= 2 * this.#tailSize) this.#trimTail();
      }
    }
    if (this.#buffer.length >= this.#maxBatch || now - this.#lastFlush >= this.#maxAgeMs) this.flush();
    else this.#queueTimer(this.#idleFlushMs);
  }

  /** Sends what is waiting. `final` also sends every kept item regardless of the allowance. */
  flush(final = false): void {
    if (this.#closed) return;
    const now = this.#clock();
    this.#refill(now);
    this.#trimTail();
    const promote = final ? this.#tail.length : Math.min(Math.floor(this.#allowance), this.#tail.length);
    if (promote > 0) {
      this.#allowance = Math.max(0, this.#allowance - promote);
      for (let i = 0; i < promote; i++) pushItem(this.#buffer, this.#tail[i] as T);
      dropFirst(this.#tail, promote);
    }
    this.#lastFlush = now;
    if (this.#buffer.length > 0 || this.#dropped > 0) {
      const items = this.#buffer;
      const dropped = this.#dropped;
      this.#buffer = [];
      this.#dropped = 0;
      this.#send(items, dropped);
    }
    // Kept items wait for the allowance to come back.
    if (this.#tail.length > 0) this.#queueTimer(this.#maxAgeMs);
  }

  /** Final flush; later items are ignored. */
  close(): void {
    this.flush(true);
    this.#closed = true;
  }

  #trimTail(): void {
    const excess = this.#tail.length - this.#tailSize;
    if (excess > 0) {
      dropFirst(this.#tail, excess);
      this.#dropped += excess;
    }
  }

  #refill(now: number): void {
    if (this.#refillPerMs > 0) {
      this.#allowance = Math.min(this.#burst, this.#allowance + (now - this.#lastRefill) * this.#refillPerMs);
    }
    this.#lastRefill = now;
  }

  #queueTimer(ms: number): void {
    if (this.#timerQueued) return;
    this.#timerQueued = true;
    this.#delay(() => {
      this.#timerQueued = false;
      this.flush();
    }, ms);
  }
}
