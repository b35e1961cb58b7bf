// Wrong (fails "names in the order of ids"): sorts the names, which is the order of the ids only when the ids are sorted.
import { sleep } from 'async-lab';

/** Loads one user's profile. Bigger ids live on a slower server: user 3 takes 600 ms, user 1 200 ms. */
export async function loadProfile(id: number): Promise<string> {
  await sleep(id * 200);
  return `user ${id}`;
}

/** Loads every profile concurrently and returns the names in the order of `ids`. */
export async function loadProfiles(ids: readonly number[]): Promise<string[]> {
  const names = await Promise.all(ids.map((id) => loadProfile(id)));
  return names.sort();
}

console.log(await loadProfiles([3, 1, 2])); // should be [ 'user 3', 'user 1', 'user 2' ]
