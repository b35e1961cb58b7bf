import type { CheckComparison } from './claim-compare';

type Strings = Record<string, string>;

const ICON = { passed: '✓', failed: '✗', pending: '…' } as const;

/** One side's status: icon and word (coloured by data-status), then the check's message if any. */
function statusCell(
  doc: Document,
  status: CheckComparison['claimed'],
  message: string | undefined,
  empty: string,
  strings: Strings,
): HTMLTableCellElement {
  const td = doc.createElement('td');
  const word = doc.createElement('span');
  word.className = 'sub-status';
  if (status) {
    word.dataset['status'] = status;
    word.textContent = `${ICON[status]} ${strings[`ex.status.${status}`] ?? status}`;
  } else {
    word.textContent = empty;
  }
  td.append(word);
  if (message) {
    const note = doc.createElement('span');
    note.className = 'ex-result-message';
    note.textContent = message;
    td.append(note);
  }
  return td;
}

/**
 * The submission's checks as rows: the check, what the student's browser claimed, what ran here.
 * A row whose two sides differ is flagged in words ("Claimed passed, verified failed"), not only by
 * colour. Names and messages come from the link and go in as text.
 */
export function renderComparison(
  body: HTMLTableSectionElement,
  rows: readonly CheckComparison[],
  labels: Readonly<Record<string, string>>,
  strings: Strings,
): void {
  const doc = body.ownerDocument;
  const word = (status: CheckComparison['claimed']): string =>
    status ? (strings[`ex.status.${status}`] ?? status) : (strings['assign.sub.missing'] ?? '');
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = doc.createElement('tr');
      tr.dataset['checkName'] = row.name;
      tr.dataset['match'] = row.match;
      if (row.claimed) tr.dataset['claimedStatus'] = row.claimed;
      if (row.verified) tr.dataset['verifiedStatus'] = row.verified;
      const name = doc.createElement('th');
      name.scope = 'row';
      name.textContent = row.name === '' ? (strings['assign.sub.buildFailed'] ?? '') : (labels[row.name] ?? row.name);
      const claimed = statusCell(doc, row.claimed, row.claimedMessage, strings['assign.sub.missing'] ?? '', strings);
      const empty = row.match === 'pending' ? strings['assign.sub.notVerified'] : strings['assign.sub.missing'];
      const verified = statusCell(doc, row.verified, row.verifiedMessage, empty ?? '', strings);
      if (row.match === 'mismatch') {
        const flag = doc.createElement('strong');
        flag.className = 'sub-mismatch';
        flag.dataset['mismatch'] = '';
        flag.textContent = `⚠ ${(strings['assign.sub.mismatch'] ?? '')
          .replace('{claimed}', word(row.claimed))
          .replace('{verified}', word(row.verified))}`;
        verified.prepend(flag);
      }
      tr.append(name, claimed, verified);
      return tr;
    }),
  );
}
