import { formatMs } from '../../engine';
import type { ConsoleEntry, ConsoleKind, EncodedValue } from '../../schemas/console-value';
import { indexTree, previewOf } from './console-preview';
import { type TreeContext, renderValue, textElement } from './console-tree';

/** Options for renderEntry. */
export interface RenderEntryOptions {
  /** Maps bundle positions in a stack back to the learner's TypeScript; applied to every stack shown. */
  mapStack?: (stack: string) => string;
  /**
   * Words read out before an entry by screen readers, e.g. `{ warn: 'Warning', error: 'Error' }` from
   * the page's locale, since colour alone does not say what a row is. Nothing is added when absent.
   */
  kindLabels?: Partial<Record<ConsoleKind, string>>;
  /** Shown before entries of method "uncaught", as browsers do; "Uncaught" when absent. */
  uncaughtLabel?: string;
  /** Shown before lines printed while exercise checks called the learner's code; "check" when absent. */
  checksLabel?: string;
}

/** DOM nodes per entry; repeated references re-render their target, this keeps a bad case bounded. */
const RENDER_BUDGET = 3000;

/** Re-exported for the status bar and timeline, which render next to the console. */
export { formatMs };

/**
 * Renders one console entry, DevTools style, as a root element carrying `data-kind` (the
 * ConsoleKind), `data-time` (integer ms since the run started), `data-method` and `data-depth`.
 * Everything logged is inserted as text, never parsed as HTML. Errors logged at the top level start
 * open, showing their stack (through `mapStack`) and cause. Group headers carry
 * `data-collapsed`; hiding the entries of a collapsed group is up to the panel.
 */
export function renderEntry(entry: ConsoleEntry, doc: Document, options: RenderEntryOptions = {}): HTMLElement {
  const mapStack = safeMapper(options.mapStack);
  const time = Number.isFinite(entry.time) ? Math.round(entry.time) : 0;
  const depth = Math.max(0, Math.floor(entry.depth) || 0);
  const isGroup = entry.method === 'group' || entry.method === 'groupCollapsed';

  const root = doc.createElement('div');
  root.className = isGroup ? 'console-entry console-group-header' : 'console-entry';
  root.dataset['kind'] = entry.kind;
  root.dataset['time'] = String(time);
  root.dataset['method'] = entry.method;
  root.dataset['depth'] = String(depth);
  if (isGroup) root.dataset['collapsed'] = String(entry.collapsed === true);
  root.style.setProperty('--console-depth', String(depth));

  root.append(textElement(doc, 'span', 'console-time', `+${formatMs(entry.time)}`));
  const message = doc.createElement('div');
  message.className = 'console-message';
  const label = options.kindLabels?.[entry.kind];
  if (label !== undefined && label !== '') message.append(textElement(doc, 'span', 'visually-hidden', `${label}: `));
  if (entry.origin === 'checks') {
    root.dataset['origin'] = 'checks';
    message.append(textElement(doc, 'span', 'console-origin', `${options.checksLabel ?? 'check'} `));
  }
  if (entry.method === 'uncaught') {
    message.append(textElement(doc, 'span', 'console-uncaught', `${options.uncaughtLabel ?? 'Uncaught'} `));
  }
  if (entry.table !== undefined) message.append(renderTable(entry.table, doc));
  const [first, ...rest] = entry.args;
  const stack = entry.stack ?? '';
  if (first?.t === 'error' && stack !== '') {
    // An uncaught error arrives with its stack twice (in the error and in the entry): show it once.
    message.append(renderArgs({ ...entry, args: [{ ...first, stack }, ...rest] }, doc, mapStack));
  } else {
    message.append(renderArgs(entry, doc, mapStack));
    if (stack !== '') message.append(textElement(doc, 'pre', 'console-stack', mapStack(stack)));
  }
  root.append(message);
  return root;
}

function safeMapper(mapStack: ((stack: string) => string) | undefined): (stack: string) => string {
  if (mapStack === undefined) return (stack) => stack;
  return (stack) => {
    try {
      return mapStack(stack);
    } catch {
      return stack;
    }
  };
}

/** Arguments separated by spaces, except the pieces of a format string, which join seamlessly. */
function renderArgs(entry: ConsoleEntry, doc: Document, mapStack: (stack: string) => string): HTMLElement {
  const line = doc.createElement('span');
  line.className = 'console-args';
  const budget = { left: RENDER_BUDGET };
  const parts = entry.formatParts ?? 0;
  entry.args.forEach((arg, position) => {
    if (position > 0 && position >= parts) line.append(' ');
    const context: TreeContext = { doc, index: indexTree(arg), budget, mapStack };
    line.append(renderValue(arg, context, true));
  });
  return line;
}

function renderTable(table: NonNullable<ConsoleEntry['table']>, doc: Document): HTMLElement {
  const wrapper = doc.createElement('div');
  wrapper.className = 'console-table-wrap';
  const element = doc.createElement('table');
  element.className = 'console-table';
  const headRow = doc.createElement('tr');
  for (const column of ['(index)', ...table.columns]) {
    const header = textElement(doc, 'th', '', column);
    header.setAttribute('scope', 'col');
    headRow.append(header);
  }
  const head = doc.createElement('thead');
  head.append(headRow);
  const body = doc.createElement('tbody');
  for (const tableRow of table.rows) {
    const rowElement = doc.createElement('tr');
    const key = textElement(doc, 'th', '', tableRow.key);
    key.setAttribute('scope', 'row');
    rowElement.append(key, ...tableRow.cells.map((cell) => textElement(doc, 'td', '', cellText(cell))));
    body.append(rowElement);
  }
  element.append(head, body);
  wrapper.append(element);
  return wrapper;
}

function cellText(cell: EncodedValue | null): string {
  return cell === null ? '' : previewOf(cell, indexTree(cell), false);
}
