// Wrong (fails "runs the requests concurrently"): a try/catch per URL in a for loop: every line is right, but the requests wait for each other.
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
  for (const url of urls) {
    try {
      await getJson(url);
      lines.push(`ok ${url}`);
    } catch (error) {
      lines.push(`failed ${url}: ${(error as Error).message}`);
    }
  }
  return lines;
}

const report = await fetchReport([
  'https://httpbin.org/delay/1',
  'https://httpbin.org/status/500',
  'https://httpbin.org/json',
  'https://httpbin.org/status/404',
]);
for (const line of report) console.log(line);
