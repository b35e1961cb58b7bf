// Wrong (fails "each lookup runs in a thread"): calls lookup(...) first, on the event loop's thread, and hands the worker only its result: the notes' to_thread(fun(1), ...) with a function that happens to accept it.
import { toThread } from 'async-lab';

/**
 * Looks `word` up in a slow word list: busy for 400 ms. A word the list lacks gives `fallback`.
 * Self-contained (it uses nothing from outside itself), so it can run in another thread.
 */
export function lookup(word: string, lang: string, fallback: string): string {
  const end = performance.now() + 400;
  while (performance.now() < end) {
    // searching a big word list
  }
  const words: Record<string, Record<string, string>> = {
    fr: { cat: 'chat', dog: 'chien', bird: 'oiseau', fish: 'poisson' },
    de: { cat: 'Katze', dog: 'Hund', bird: 'Vogel', fish: 'Fisch' },
  };
  return words[lang]?.[word] ?? fallback;
}

/** Translates `words` into `lang`, each lookup in a thread and all at once; an unknown word stays as it is. */
export async function translate(words: string[], lang: string): Promise<string[]> {
  return Promise.all(words.map((word) => toThread((text: string) => text, lookup(word, lang, word))));
}

const t0 = performance.now();
const french = await translate(['cat', 'dog', 'owl', 'bird'], 'fr');
console.log(`${french.join(', ')} after ${Math.round(performance.now() - t0)} ms`);
