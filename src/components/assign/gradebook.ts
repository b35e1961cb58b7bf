import { decodeLink } from '../../engine/links';
import type { Submission } from '../../schemas/assignment';
import { finalizeResults } from '../exercise/check-results';
import { gradebookCsv } from './grade-csv';
import { fragmentOf, parseLinkList, uniqueLinks } from './grade-links';
import { gradedRow, rowFromDecoded, type GradeRow } from './grade-row';
import { sortRows, type SortDirection, type SortKey } from './grade-sort';
import { renderRow } from './grade-table';
import { verifySubmission, type Verification } from './verify-submission';

type Strings = Record<string, string>;

interface Entry {
  row: GradeRow;
  submission: Submission | undefined;
  element: HTMLTableRowElement;
}

/**
 * How many submissions verify at the same time. A run mostly waits (an exercise's simulated requests
 * take their real delays: concurrent-fetches needs 2–4 s of waiting per submission), and each run
 * has its own worker, so two at once halve a class's time without slowing either; measured with
 * npm run bench (docs/benchmarks.md, step 10). More would crowd a two-core laptop's CPU.
 */
const VERIFY_AT_ONCE = 2;

/** Lets the page draw and take input between links: decoding and starting a run each take a moment. */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The gradebook (Gradebook.astro): reads the pasted links, decodes each with the same decoder as the
 * open page, then verifies the submissions one at a time through the page's sandbox, filling the
 * table as each finishes. Nothing leaves the browser: the CSV is made here and downloaded from a blob.
 */
function setup(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Strings;
  const locale = document.documentElement.lang || 'en';
  const openUrl = new URL(root.dataset['openUrl'] ?? '', window.location.href).href;
  const part = <T extends HTMLElement>(selector: string): T => {
    const element = root.querySelector<T>(selector);
    if (!element) throw new Error(`gradebook is missing ${selector}`);
    return element;
  };
  const links = part<HTMLTextAreaElement>('[data-grade-links]');
  const file = part<HTMLInputElement>('[data-grade-file]');
  const verifyButton = part<HTMLButtonElement>('[data-action="verify"]');
  const stopButton = part<HTMLButtonElement>('[data-action="stop"]');
  const exportButton = part<HTMLButtonElement>('[data-action="export"]');
  const status = part<HTMLElement>('[data-grade-status]');
  const table = part<HTMLTableElement>('[data-gradebook]');
  const scroll = part<HTMLElement>('[data-grade-scroll]');
  const body = part<HTMLTableSectionElement>('[data-grade-rows]');
  const collator = new Intl.Collator(locale);
  let entries: Entry[] = [];
  let sort: { key: SortKey; direction: SortDirection } | undefined;
  /** The rows whose checks are running now. */
  const running = new Set<Entry>();
  /** Aborts the batch: the run in progress is stopped, and no further row is verified. */
  let stopping: AbortController | undefined;

  const draw = (entry: Entry): void =>
    renderRow(entry.element, entry.row, { strings, locale, openUrl, running: running.has(entry) });

  /** Puts the rows in the chosen order (paste order until a header is pressed) and marks that header. */
  function arrange(): void {
    const order = sort
      ? sortRows(
          entries.map((e) => e.row),
          sort.key,
          sort.direction,
          collator.compare,
        )
      : undefined;
    const ordered = order ? order.flatMap((row) => entries.filter((e) => e.row === row)) : entries;
    body.replaceChildren(...ordered.map((e) => e.element));
    for (const th of table.querySelectorAll<HTMLElement>('th[data-sort-key]')) {
      if (sort && th.dataset['sortKey'] === sort.key) th.setAttribute('aria-sort', sort.direction);
      else th.removeAttribute('aria-sort');
    }
  }

  async function verifyAll(): Promise<void> {
    const lines = parseLinkList(links.value);
    if (lines.length === 0) {
      status.textContent = strings['grade.empty'] ?? '';
      links.focus();
      return;
    }
    verifyButton.disabled = true;
    exportButton.disabled = true;
    const controller = new AbortController();
    stopping = controller;
    stopButton.hidden = false;
    stopButton.disabled = false;
    entries = [];
    const pasted = uniqueLinks(lines);
    for (const { link, line, repeats } of pasted) {
      const fragment = fragmentOf(link);
      const decoded = await decodeLink(fragment);
      entries.push({
        row: { ...rowFromDecoded(line, link, fragment, decoded), repeats },
        submission: decoded.kind === 'submission' ? decoded.submission : undefined,
        element: document.createElement('tr'),
      });
      await breathe();
    }
    entries.forEach(draw);
    arrange();
    scroll.hidden = false;
    const queue = entries.flatMap((entry) => (entry.submission ? [{ entry, submission: entry.submission }] : []));
    let started = 0;
    let verified = 0;
    /** Takes the next waiting submission until none is left or Stop is pressed. */
    const verifyNext = async (): Promise<void> => {
      for (let item = queue[started]; item && !controller.signal.aborted; item = queue[started]) {
        started += 1;
        const { entry, submission } = item;
        status.textContent = (strings['grade.progress'] ?? '')
          .replace('{n}', String(started))
          .replace('{m}', String(queue.length));
        running.add(entry);
        draw(entry);
        const verification =
          submission.assignment.checks === undefined ? undefined : await verifyOne(submission, controller.signal);
        running.delete(entry);
        // Stopped in the middle of this row's run: what the run reported is no grade.
        if (controller.signal.aborted) return;
        if (entry.row.kind === 'submission') entry.row = gradedRow(entry.row, submission, verification);
        verified += 1;
        draw(entry);
        if (sort?.key === 'score') arrange();
        await breathe();
      }
    };
    await Promise.all(Array.from({ length: Math.min(VERIFY_AT_ONCE, queue.length) }, verifyNext));
    for (const entry of entries)
      if (entry.row.kind === 'submission' && !entry.row.verified) {
        entry.row = { ...entry.row, stopped: true };
        draw(entry);
      }
    if (sort?.key === 'score') arrange();
    const damaged = entries.filter((e) => e.row.kind === 'damaged').length;
    const left = lines.length - pasted.length;
    status.textContent = [
      controller.signal.aborted
        ? (strings['grade.stopped'] ?? '').replace('{n}', String(verified)).replace('{m}', String(queue.length))
        : (strings['grade.done'] ?? '').replace('{m}', String(entries.length)).replace('{d}', String(damaged)),
      left > 0 ? (strings['grade.duplicates'] ?? '').replace('{k}', String(left)) : '',
    ]
      .filter(Boolean)
      .join(' ');
    stopping = undefined;
    stopButton.hidden = true;
    verifyButton.disabled = false;
    exportButton.disabled = false;
    // The Stop button the teacher pressed is gone: keep the keyboard where the next step starts.
    if (controller.signal.aborted) verifyButton.focus();
  }

  /** One submission's checks; a run that fails to start grades like a crash (every check failed), not a stop. */
  async function verifyOne(submission: Submission, signal: AbortSignal): Promise<Verification> {
    try {
      return await verifySubmission(submission, strings, signal);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const results = finalizeResults([], { state: 'error', reason }, submission.assignment, strings);
      return { results, durationMs: 0 };
    }
  }

  function exportCsv(): void {
    const csv = gradebookCsv(arrangedRows(), strings);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `gradebook-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    // The download has its own copy once it started; the object URL is not needed after this turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** The rows as the table shows them now, so the file matches what the teacher sorted. */
  function arrangedRows(): GradeRow[] {
    const rows = entries.map((e) => e.row);
    return sort ? sortRows(rows, sort.key, sort.direction, collator.compare) : rows;
  }

  /** Adds the text of dropped or chosen files to the paste box, one more link a line. */
  async function addFiles(files: FileList | null): Promise<void> {
    for (const chosen of files ?? []) {
      try {
        const text = await chosen.text();
        links.value = [links.value.trimEnd(), text.trim()].filter(Boolean).join('\n');
      } catch {
        status.textContent = (strings['grade.fileError'] ?? '').replace('{file}', () => chosen.name);
      }
    }
  }

  verifyButton.addEventListener('click', () => void verifyAll());
  stopButton.addEventListener('click', () => {
    stopButton.disabled = true;
    stopping?.abort();
  });
  exportButton.addEventListener('click', exportCsv);
  file.addEventListener('change', () => {
    void addFiles(file.files).then(() => (file.value = ''));
  });
  links.addEventListener('dragover', (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  });
  links.addEventListener('drop', (event) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    void addFiles(event.dataTransfer.files);
  });
  table.addEventListener('click', (event) => {
    const th = (event.target as Element).closest<HTMLElement>('th[data-sort-key]');
    if (!th || !(event.target as Element).closest('button')) return;
    const key = th.dataset['sortKey'] as SortKey;
    // A second press turns the order round; names start A→Z, scores highest first.
    const direction: SortDirection =
      sort?.key === key
        ? sort.direction === 'ascending'
          ? 'descending'
          : 'ascending'
        : key === 'name'
          ? 'ascending'
          : 'descending';
    sort = { key, direction };
    arrange();
  });
}

for (const root of document.querySelectorAll<HTMLElement>('[data-gradebook-root]')) setup(root);
