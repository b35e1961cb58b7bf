/**
 * The gradebook's paste box: one link a line. Blank lines and the spaces around a link are ignored
 * (chat apps and spreadsheets add both); anything else is kept, so a damaged line gets its own row.
 */
export function parseLinkList(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The fragment of a pasted link ("#s=…"), which is all the decoder reads: the page it points at does
 * not matter (a link made on another copy of the site grades the same). "" when there is none.
 */
export function fragmentOf(line: string): string {
  const hash = line.indexOf('#');
  return hash < 0 ? '' : line.slice(hash);
}

/** A pasted link, once: `line` where it first is (1-based, blank lines not counted), `repeats` where it is again. */
export interface PastedLink {
  link: string;
  line: number;
  repeats: number[];
}

/**
 * The links without repeats: a student who sends their link twice, or a teacher who pastes a chat
 * twice, must not count twice. Two lines are the same link when their fragments are (the page in
 * front does not matter), or, with no fragment, when the lines are.
 */
export function uniqueLinks(lines: readonly string[]): PastedLink[] {
  const seen = new Map<string, PastedLink>();
  for (const [index, link] of lines.entries()) {
    const key = fragmentOf(link) || link;
    const first = seen.get(key);
    if (first) first.repeats.push(index + 1);
    else seen.set(key, { link, line: index + 1, repeats: [] });
  }
  return [...seen.values()];
}
