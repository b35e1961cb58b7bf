// Wrong (fails "names in the order of ids"): pushes each name when its profile arrives, so the fastest comes first.
import { sleep } from 'async-lab';

/** Loads one user's profile. Bigger ids live on a slower server: user 3 takes 600 ms, user 1 200 ms. */
export async function loadProfile(id: number): Promise<string> {
  await sleep(id * 200);
  return `user ${id}`;
}

/** Loads every profile concurrently and returns the names in the order of `ids`. */
export async function loadProfiles(ids: readonly number[]): Promise<string[]> {
  const names: string[] = [];
  await Promise.all(ids.map((id) => loadProfile(id).then((name) => names.push(name))));
  return names;
}

console.log(await loadProfiles([3, 1, 2])); // should be [ 'user 3', 'user 1', 'user 2' ]
