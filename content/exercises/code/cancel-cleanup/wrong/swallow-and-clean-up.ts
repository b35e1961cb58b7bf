// Wrong (fails "aborting stops the download"): deletes the partial file in finally, but the catch still swallows the abort and resolves with null.
/** The downloads under way, by name, with the chunks received so far: their partial files on disk. */
export const partialFiles = new Map<string, number>();

/**
 * Downloads `name` in chunks of 100 ms (one request each to `chunkUrl`) and resolves with how many it
 * got, or with null after a network error. When `signal` aborts, it stops and rejects with the
 * signal's reason. However it ends, it must leave no partial file behind.
 */
export async function download(
  name: string,
  seconds: number,
  signal: AbortSignal,
  chunkUrl = 'https://httpbin.org/delay/0.1',
): Promise<number | null> {
  partialFiles.set(name, 0);
  try {
    for (let index = 0; index < Math.round(seconds * 10); index++) {
      const response = await fetch(chunkUrl, { signal });
      if (!response.ok) throw new Error(`chunk ${index}: status ${response.status}`);
      partialFiles.set(name, (partialFiles.get(name) ?? 0) + 1);
    }
    return partialFiles.get(name) ?? 0;
  } catch {
    console.log(`${name}: download failed`);
    return null;
  } finally {
    partialFiles.delete(name);
  }
}

const start = performance.now();
const deadline = AbortSignal.timeout(1000); // one deadline for both downloads
const names = ['small.zip', 'big.iso'];
const results = await Promise.allSettled([download('small.zip', 0.5, deadline), download('big.iso', 3, deadline)]);
results.forEach((result, i) => {
  const what = result.status === 'fulfilled' ? String(result.value) : (result.reason as Error).name;
  console.log(`${names[i]}: ${what}`);
});
console.log(`partial files left: ${JSON.stringify([...partialFiles.keys()])}`);
console.log(`took ${Math.round(performance.now() - start)} ms`);
