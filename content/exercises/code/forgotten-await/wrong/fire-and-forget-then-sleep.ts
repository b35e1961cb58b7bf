// Wrong (fails "saveNotes waits for every save"): starts every save without await and then sleeps a second, hoping they are done by then.
import { sleep } from 'async-lab';

/** The "database": a list that a slow write appends to. */
export const db: string[] = [];

/** Writes one note; like an INSERT over the network, it takes a while. */
async function save(note: string): Promise<void> {
  await sleep(200);
  db.push(note);
}

/** Saves the notes one after the other, then reports how many notes the database holds. */
export async function saveNotes(notes: readonly string[]): Promise<string> {
  for (const note of notes) {
    save(note);
  }
  await sleep(1000);
  return `saved ${db.length} notes`;
}

console.log(await saveNotes(['buy milk', 'call mum', 'write tests'])); // should say "saved 3 notes"
console.log('database:', db);
