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
