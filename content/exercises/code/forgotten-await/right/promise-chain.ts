// Right: chains the saves with then instead of a loop of awaits; each starts when the one before is done.
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
  await notes.reduce((previous, note) => previous.then(() => save(note)), Promise.resolve());
  return `saved ${db.length} notes`;
}

console.log(await saveNotes(['buy milk', 'call mum', 'write tests'])); // should say "saved 3 notes"
console.log('database:', db);
