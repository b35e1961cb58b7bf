// Wrong (fails "waits for the slow requests too"): Promise.all rejects at the first failure, and every URL is then reported as failed.
/** Fetches a URL and parses its JSON; throws "HTTP <status>" when the server answers with an error. */
async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`HTTP ${response.status}`);
  }
  return response.json();
}

/**
 * Fetches every URL concurrently and reports each one, in the order of `urls`:
 * "ok <url>" when it worked, "failed <url>: <error message>" when it did not.
 */
export async function fetchReport(urls: readonly string[]): Promise<string[]> {
  try {
    await Promise.all(urls.map((url) => getJson(url)));
    return urls.map((url) => `ok ${url}`);
  } catch (error) {
    return urls.map((url) => `failed ${url}: ${(error as Error).message}`);
  }
}

const report = await fetchReport([
  'https://httpbin.org/delay/1',
  'https://httpbin.org/status/500',
  'https://httpbin.org/json',
  'https://httpbin.org/status/404',
]);
for (const line of report) console.log(line);
