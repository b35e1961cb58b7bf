import { sleep, toThread } from 'async-lab';

// ---- A library you did not write: leave it as it is. ----

export async function fetchUser(id: number) {
  await sleep(200); // the user service answers
  return { id, name: 'Ada' };
}

export async function fetchOrders(userId: number) {
  await sleep(300); // the order service answers
  return userId === 7 ? [12.5, 30.0, 7.5] : [];
}

export function loadSettings(): { currency: string; digits: number } {
  return JSON.parse('{"currency": "EUR", "digits": 2}');
}

export function exchangeRates(): Record<string, number> {
  const data = '{"EUR": 1.0, "USD": 1.08}';
  // The file is signed: check the signature before trusting it.
  function verifySignature(text: string) {
    let hash = 0;
    const end = performance.now() + 800;
    while (performance.now() < end) for (const c of text) hash = (hash * 31 + c.charCodeAt(0)) | 0;
    return hash;
  }
  verifySignature(data);
  return JSON.parse(data);
}

export function formatReport(
  user: { name: string },
  orders: number[],
  settings: { currency: string; digits: number },
  rates: Record<string, number>,
) {
  const total = orders.reduce((sum, order) => sum + order, 0) * (rates[settings.currency] ?? NaN);
  return `${user.name}: ${orders.length} orders, ${total.toFixed(settings.digits)} ${settings.currency}`;
}

// ---- Your code: keep the heartbeat at 100 ms while the report is built. ----

export async function buildReport(userId: number) {
  const user = await fetchUser(userId);
  const settings = loadSettings();
  const rates = await toThread(exchangeRates); // the one call that blocks
  const orders = await fetchOrders(userId);
  return formatReport(user, orders, settings, rates);
}

const t0 = performance.now();
let beating = true;

/** Logs a beat every 100 ms until told to stop: it shows whether the event loop is free. */
async function heartbeat() {
  for (let n = 1; beating; n++) {
    console.log(`beat ${n} at ${Math.round(performance.now() - t0)} ms`);
    await sleep(100);
  }
}

const beats = heartbeat();
try {
  console.log(`report: ${await buildReport(7)}`);
} catch (error) {
  console.log(`report failed: ${String(error)}`); // a server logs it and goes on
} finally {
  beating = false;
  await beats;
}
