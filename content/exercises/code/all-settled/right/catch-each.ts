// Right: a try/catch inside each request, and Promise.all, instead of allSettled: no promise it waits for can reject.
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
  return Promise.all(
    urls.map(async (url) => {
      try {
        await getJson(url);
        return `ok ${url}`;
      } catch (error) {
        return `failed ${url}: ${(error as Error).message}`;
      }
    }),
  );
}

const report = await fetchReport([
  'https://httpbin.org/delay/1',
  'https://httpbin.org/status/500',
  'https://httpbin.org/json',
  'https://httpbin.org/status/404',
]);
for (const line of report) console.log(line);
