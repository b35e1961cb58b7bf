import type { Macrotask } from './worker-scope';

/**
 * Runs callbacks on macrotasks of a private MessageChannel: after every queued microtask, without the
 * ≥ 4 ms clamp nested timers get, and invisible to the learner's code (it cannot clear or count them).
 * The Done check and the end of a busy stretch both need exactly this: "as soon as the current task
 * and its microtasks are over".
 */
export function createMacrotask(channel: MessageChannel): Macrotask {
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => {
    queue.shift()?.();
  };
  // Bound now, before learner code runs: replacing MessagePort.prototype.postMessage must not stall Done.
  const post = channel.port2.postMessage.bind(channel.port2);
  return (callback) => {
    queue.push(callback);
    post(null);
  };
}
