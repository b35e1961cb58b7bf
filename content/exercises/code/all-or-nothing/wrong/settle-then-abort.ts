// Wrong (fails "the other parts are stopped"): waits for every part to finish, and only then aborts
/** The parts whose requests are in flight: a dashboard must not leave any behind. */
export const running = new Set<string>();
/** The services that are down: their part fails once its request is over. */
export const down = new Set<string>();

export type FetchPart = (name: string, seconds: number, signal?: AbortSignal) => Promise<string>;

/** One part of the dashboard, from its own service: a request that takes `seconds`, aborted by `signal`. */
export async function fetchPart(name: string, seconds: number, signal?: AbortSignal): Promise<string> {
  running.add(name);
  try {
    await fetch(`https://httpbin.org/delay/${seconds}`, { signal: signal ?? null });
    if (down.has(name)) throw new Error(`${name}: service down`);
    return `${name} (${seconds} s)`;
  } finally {
    running.delete(name);
  }
}

/**
 * Fetches every part at once and resolves with { name: part }. If one fails, the others are aborted,
 * and it rejects with that part's own error once they have all ended.
 */
export async function loadDashboard(
  parts: Record<string, number>,
  fetchOne: FetchPart = fetchPart,
): Promise<Record<string, string>> {
  const names = Object.keys(parts);
  const controller = new AbortController();
  const settled = await Promise.allSettled(names.map((name) => fetchOne(name, parts[name] ?? 0, controller.signal)));
  controller.abort(); // too late: every part has already finished
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return Object.fromEntries(names.map((name, i) => [name, (settled[i] as PromiseFulfilledResult<string>).value]));
}

const start = performance.now();
console.log(`all up: ${JSON.stringify(await loadDashboard({ profile: 0.2, orders: 0.4, news: 0.6 }))}`);
down.add('orders');
try {
  await loadDashboard({ profile: 0.2, orders: 0.4, news: 1 });
} catch (error) {
  console.log(`orders down: ${String(error)}; still running: ${JSON.stringify([...running])}`);
}
console.log(`took ${Math.round(performance.now() - start)} ms`);
