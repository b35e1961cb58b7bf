// Wrong (fails "one line per URL, in order"): pushes each line when its request settles, so the lines come in finishing order.
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
  const lines: string[] = [];
  await Promise.allSettled(
    urls.map((url) =>
      getJson(url).then(
        () => lines.push(`ok ${url}`),
        (error: unknown) => lines.push(`failed ${url}: ${(error as Error).message}`),
      ),
    ),
  );
  return lines;
}

const report = await fetchReport([
  'https://httpbin.org/delay/1',
  'https://httpbin.org/status/500',
  'https://httpbin.org/json',
  'https://httpbin.org/status/404',
]);
for (const line of report) console.log(line);
