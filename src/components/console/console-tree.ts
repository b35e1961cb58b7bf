import type { EncodedValue } from '../../schemas/console-value';
import {
  type Container,
  type TreeIndex,
  accessorText,
  containerPreview,
  errorHeadline,
  isByteBuffer,
  keyText,
  previewOf,
} from './console-preview';

/** Everything a value's rendering needs besides the value. */
export interface TreeContext {
  doc: Document;
  index: TreeIndex;
  /** Rendered nodes left; repeated references re-render their target, so a budget bounds the DOM. */
  budget: { left: number };
  mapStack: (stack: string) => string;
}

/** Creates an element holding only text: nothing logged is ever parsed as HTML. */
export function textElement(doc: Document, tag: string, className: string, text: string): HTMLElement {
  const element = doc.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * Renders one encoded value. At the top level (`top`) strings print raw, as console.log does, and
 * errors start open so their stack shows; nested strings are quoted. Containers with children become
 * <details>/<summary>, which expand with the keyboard and without any script.
 */
export function renderValue(value: EncodedValue, context: TreeContext, top = false): Node {
  const { doc, index } = context;
  if (context.budget.left-- <= 0) return textElement(doc, 'span', 'cv-more', '…');
  switch (value.t) {
    case 'string':
      return top ? rawString(value, doc) : textElement(doc, 'span', 'cv-string', previewOf(value, index));
    case 'ref': {
      const target = index.byId.get(value.id);
      if (value.circular || target === undefined || target.t === 'ref') {
        return textElement(doc, 'span', 'cv-ref', previewOf(value, index));
      }
      return renderValue(target, context, top);
    }
    case 'array':
    case 'typed':
    case 'object':
    case 'map':
    case 'set':
    case 'error':
      return renderContainer(value, context, top);
    default:
      return textElement(doc, 'span', `cv-${value.t}`, previewOf(value, index));
  }
}

function rawString(value: Extract<EncodedValue, { t: 'string' }>, doc: Document): Node {
  if (value.cut === undefined) return doc.createTextNode(value.v);
  const wrapper = textElement(doc, 'span', 'cv-raw', value.v);
  wrapper.append(textElement(doc, 'span', 'cv-more', `… +${String(value.cut)}`));
  return wrapper;
}

function renderContainer(value: Container, context: TreeContext, top: boolean): Node {
  const { doc, index } = context;
  const rows = childRows(value, context);
  const summaryText = containerPreview(value, index);
  if (rows.length === 0) return textElement(doc, 'span', `cv-${value.t}`, summaryText);
  const details = doc.createElement('details');
  details.className = `cv-tree cv-${value.t}`;
  if (top && value.t === 'error') details.open = true;
  details.append(textElement(doc, 'summary', 'cv-summary', summaryText));
  const body = doc.createElement('div');
  body.className = 'cv-children';
  body.append(...rows);
  details.append(body);
  return details;
}

function row(context: TreeContext, key: string | null, value: Node, separator = ': '): HTMLElement {
  const element = context.doc.createElement('div');
  element.className = 'cv-row';
  if (key !== null) element.append(textElement(context.doc, 'span', 'cv-key', key), separator);
  element.append(value);
  return element;
}

function moreRow(context: TreeContext, more: number): HTMLElement[] {
  return more > 0 ? [row(context, null, textElement(context.doc, 'span', 'cv-more', `… +${String(more)}`))] : [];
}

function childRows(value: Container, context: TreeContext): Node[] {
  const render = (child: EncodedValue): Node => renderValue(child, context);
  switch (value.t) {
    case 'array': {
      let position = 0;
      const rows: Node[] = [];
      for (const item of value.items) {
        // Holes have no row, as in DevTools; the indices of later items still count them.
        if (item.t === 'hole') position += item.count;
        else rows.push(row(context, String(position++), render(item)));
      }
      return [...rows, ...moreRow(context, value.more)];
    }
    case 'typed':
      if (isByteBuffer(value)) return [];
      return [
        ...value.items.map((item, position) =>
          row(context, String(position), textElement(context.doc, 'span', 'cv-number', item)),
        ),
        ...moreRow(context, value.more),
      ];
    case 'object':
      return [
        ...value.entries.map((entry) =>
          row(
            context,
            keyText(entry),
            entry.value.t === 'accessor'
              ? textElement(context.doc, 'span', 'cv-accessor', accessorText(entry.value))
              : render(entry.value),
          ),
        ),
        ...moreRow(context, value.more),
      ];
    case 'map':
      return [
        ...value.entries.map(([key, item]) => {
          const element = row(context, null, render(key));
          element.append(' => ', render(item));
          return element;
        }),
        ...moreRow(context, value.more),
      ];
    case 'set':
      return [...value.items.map((item) => row(context, null, render(item))), ...moreRow(context, value.more)];
    case 'error':
      return errorRows(value, context);
  }
}

function errorRows(value: Extract<EncodedValue, { t: 'error' }>, context: TreeContext): Node[] {
  const rows: Node[] = [];
  const stack = value.stack === null ? '' : stackFrames(value.stack, errorHeadline(value));
  if (stack !== '') rows.push(textElement(context.doc, 'pre', 'cv-stack', context.mapStack(stack)));
  if (value.cause !== undefined) rows.push(row(context, '[cause]', renderValue(value.cause, context)));
  if (value.errors !== undefined) rows.push(row(context, '[errors]', renderValue(value.errors, context)));
  return rows;
}

/** V8 starts a stack with the "Name: message" line the summary already shows; other engines do not. */
function stackFrames(stack: string, headline: string): string {
  return (stack.startsWith(headline) ? stack.slice(headline.length) : stack).replace(/^\n+/, '');
}
