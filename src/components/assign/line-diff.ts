/** One line of a line diff: kept from the old text, removed from it, or added in the new one. */
export interface DiffLine {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Beyond this many line pairs the table would cost too much: the diff then says "all replaced". */
const MAX_CELLS = 4_000_000;

/**
 * A line diff by longest common subsequence, for the submission view's plain-text fallback (phones,
 * or Monaco failing to load), where Monaco's diff is not used. Submissions are at most 50 000
 * characters, so the quadratic table is small in practice; a pathological pair is shown as every old
 * line removed and every new one added, which is still a true diff.
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.replace(/\r\n?/g, '\n').split('\n');
  const b = after.replace(/\r\n?/g, '\n').split('\n');
  // Common head and tail need no table.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
    tail += 1;
  const same = (text: string): DiffLine => ({ kind: 'same', text });
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const middle: DiffLine[] = [];
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    middle.push(...midA.map((text) => ({ kind: 'removed' as const, text })));
    middle.push(...midB.map((text) => ({ kind: 'added' as const, text })));
  } else {
    // lcs[i][j]: the longest common subsequence of midA[i..] and midB[j..], in one flat array.
    const width = midB.length + 1;
    const lcs = new Uint32Array((midA.length + 1) * width);
    for (let i = midA.length - 1; i >= 0; i -= 1)
      for (let j = midB.length - 1; j >= 0; j -= 1)
        lcs[i * width + j] =
          midA[i] === midB[j]
            ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
            : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        middle.push(same(midA[i] ?? ''));
        i += 1;
        j += 1;
      } else if (
        i < midA.length &&
        (j === midB.length || (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))
      ) {
        // On a tie the old line goes first, so a changed line reads as "- old, + new".
        middle.push({ kind: 'removed', text: midA[i] ?? '' });
        i += 1;
      } else {
        middle.push({ kind: 'added', text: midB[j] ?? '' });
        j += 1;
      }
    }
  }
  return [...a.slice(0, head).map(same), ...middle, ...b.slice(b.length - tail).map(same)];
}
