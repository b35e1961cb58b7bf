// Wrong (fails "aborting stops the download"): prints the expected lines, while download still swallows the abort.
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
    const size = partialFiles.get(name) ?? 0;
    partialFiles.delete(name);
    return size;
  } catch {
    console.log(`${name}: download failed`);
    return null;
  }
}

await download('small.zip', 0.5, new AbortController().signal);
console.log('small.zip: 5');
console.log('big.iso: TimeoutError');
console.log('partial files left: []');
