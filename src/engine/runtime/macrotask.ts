import type { Macrotask } from './worker-scope';
import { bindTo, pushItem, shiftItem } from './intrinsics';

/**
 * Runs callbacks on macrotasks of a private MessageChannel: after every queued microtask, without the
 * ≥ 4 ms clamp nested timers get, and invisible to the learner's code (it cannot clear or count them).
 * The Done check and the end of a busy stretch both need exactly this: "as soon as the current task
 * and its microtasks are over".
 */
export function createMacrotask(channel: MessageChannel): Macrotask {
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => {
    shiftItem(queue)?.();
  };
  // Bound now, before learner code runs: replacing MessagePort.prototype.postMessage must not stall Done.
  const post = bindTo(channel.port2.postMessage, channel.port2);
  return (callback) => {
    pushItem(queue, callback);
    post(null);
  };
}
