import type { EncodedEntry, EncodedValue } from '../../schemas/console-value';

/**
 * One-line, DevTools-like text for encoded values: `{a: 1, b: 'x'}`, `Map(2) {'a' => 1, …}`,
 * `[1, empty × 2, 4]`, `[Circular *1]`. Pure string functions; the DOM side is console-tree.ts.
 */

/** What previews need to know about the whole tree a value belongs to. */
export interface TreeIndex {
  /** Containers by id, to follow `{t:'ref'}`. */
  byId: Map<number, EncodedValue>;
  /** Containers that are the target of a circular reference → the number shown as `*1`, `*2`. */
  circular: Map<number, number>;
}

/** The encoded values that hold other values and can be expanded. */
export type Container = Extract<EncodedValue, { t: 'array' | 'typed' | 'object' | 'map' | 'set' | 'error' }>;

/** Children of a container or wrapper, in order (map entries give key then value). */
export function childrenOf(value: EncodedValue): EncodedValue[] {
  switch (value.t) {
    case 'array':
    case 'set':
      return value.items;
    case 'object':
      return value.entries.map((entry) => entry.value);
    case 'map':
      return value.entries.flat();
    case 'error':
      return [value.cause, value.errors].filter((child) => child !== undefined);
    case 'proxy':
      return value.target === null ? [] : [value.target];
    default:
      return [];
  }
}

/** Indexes one argument's tree. Circular targets are numbered in order of appearance, like Node. */
export function indexTree(root: EncodedValue): TreeIndex {
  const index: TreeIndex = { byId: new Map(), circular: new Map() };
  const stack = [root];
  // Depth-first in document order: pop from the end, so push children reversed.
  for (let value = stack.pop(); value !== undefined; value = stack.pop()) {
    if ('id' in value && value.t !== 'ref') index.byId.set(value.id, value);
    if (value.t === 'ref' && value.circular && !index.circular.has(value.id)) {
      index.circular.set(value.id, index.circular.size + 1);
    }
    stack.push(...[...childrenOf(value)].reverse());
  }
  return index;
}

const PREVIEW_ITEMS = 10;
const PREVIEW_CHARS = 100;
const IDENTIFIER = /^(?:[A-Za-z_$][\w$]*|0|[1-9]\d*)$/;

/** A string as it appears inside a structure: single-quoted, with escapes for quotes and controls. */
export function quote(text: string): string {
  const escaped = text.replace(/[\\'\n\r\t]/g, (char) => ESCAPES[char] ?? char);
  return `'${escaped}'`;
}
const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A property name as DevTools writes it: bare when it is an identifier or index, else quoted. */
export function keyText(entry: EncodedEntry): string {
  if (entry.note === 'symbol') return `[${entry.key}]`;
  return IDENTIFIER.test(entry.key) ? entry.key : quote(entry.key);
}

/** `ƒ load()`, `async ƒ load()`, `ƒ* gen()`, `class Point`. */
export function functionText(value: Extract<EncodedValue, { t: 'function' }>): string {
  if (value.isClass) return value.name === '' ? 'class (anonymous)' : `class ${value.name}`;
  const star = value.flavor === 'generator' || value.flavor === 'async-generator' ? '*' : '';
  const prefix = value.flavor === 'async' || value.flavor === 'async-generator' ? 'async ' : '';
  return `${prefix}ƒ${star} ${value.name === '' ? '(anonymous)' : value.name}()`;
}

/** `[Getter]`, `[Setter]`, `[Getter/Setter]`, as Node prints accessors it did not call. */
export function accessorText(value: Extract<EncodedValue, { t: 'accessor' }>): string {
  return `[${[value.get ? 'Getter' : '', value.set ? 'Setter' : ''].filter(Boolean).join('/')}]`;
}

/** Binary buffers show bytes (`<00 ff>`), typed arrays show elements. */
export function isByteBuffer(value: Extract<EncodedValue, { t: 'typed' }>): boolean {
  return value.className === 'ArrayBuffer' || value.className === 'SharedArrayBuffer' || value.className === 'DataView';
}

/** The text before a container's items: `Point `, `Map(2) `, `Uint8Array(3) `, `` for plain ones. */
export function containerHead(value: Container): string {
  switch (value.t) {
    case 'array':
      return value.className === 'Array' ? '' : `${value.className}(${String(value.length)}) `;
    case 'typed':
      return `${value.className}(${String(value.length)}) `;
    case 'object':
      if (value.className === null) return '[Object: null prototype] ';
      return value.className === 'Object' ? '' : `${value.className} `;
    case 'map':
      return `Map(${String(value.size)}) `;
    case 'set':
      return `Set(${String(value.size)}) `;
    case 'error':
      return '';
  }
}

/** Short label for a container nested inside another's preview: `{…}`, `Array(3)`, `Map(2)`. */
function compact(value: Container): string {
  switch (value.t) {
    case 'array':
      return `${value.className}(${String(value.length)})`;
    case 'typed':
      return `${value.className}(${String(value.length)})`;
    case 'object':
      return value.className === 'Object' || value.className === null ? '{…}' : value.className;
    case 'map':
    case 'set':
      return containerHead(value).trimEnd();
    case 'error':
      return errorHeadline(value);
  }
}

/** Joins item texts within the preview budget; `more` items left out add a trailing `…`. */
function list(texts: Iterable<string>, more: number): string {
  const shown: string[] = [];
  let length = 0;
  let cut = more > 0;
  for (const text of texts) {
    if (shown.length >= PREVIEW_ITEMS || length + text.length > PREVIEW_CHARS) {
      cut = true;
      break;
    }
    shown.push(text);
    length += text.length + 2;
  }
  if (cut) shown.push('…');
  return shown.join(', ');
}

/** Text of a value inside a preview: nested containers stay compact so one line stays short. */
export function previewOf(value: EncodedValue, index: TreeIndex, nested = false): string {
  switch (value.t) {
    case 'undefined':
    case 'null':
      return value.t;
    case 'boolean':
      return String(value.v);
    case 'number':
    case 'symbol':
    case 'date':
    case 'regexp':
      return value.v;
    case 'bigint':
      return `${value.v}n`;
    case 'string':
      return quote(value.cut === undefined ? value.v : `${value.v}…`);
    case 'function':
      return functionText(value);
    case 'promise':
      return value.state === 'unknown' ? 'Promise {…}' : `Promise {<${value.state}>}`;
    case 'proxy':
      return value.target === null ? 'Proxy' : `Proxy(${previewOf(value.target, index, true)})`;
    case 'ref': {
      const label = index.circular.get(value.id);
      if (value.circular && label !== undefined) return `[Circular *${String(label)}]`;
      const target = index.byId.get(value.id);
      return target === undefined || target.t === 'ref' ? '[…]' : previewOf(target, index, true);
    }
    case 'deep':
      return `[${value.className ?? (value.kind === 'array' ? 'Array' : 'Object')}]`;
    case 'unreadable':
      return `<unreadable: ${value.reason}>`;
    case 'accessor':
      return accessorText(value);
    case 'hole':
      return value.count === 1 ? 'empty' : `empty × ${String(value.count)}`;
    default:
      return nested ? compact(value) : containerPreview(value, index);
  }
}

/** The one-line summary of a container, as shown next to its disclosure triangle. */
export function containerPreview(value: Container, index: TreeIndex): string {
  const circular = index.circular.get(value.id);
  const ref = circular === undefined ? '' : `<ref *${String(circular)}> `;
  const items = (values: EncodedValue[]): Iterable<string> => values.map((item) => previewOf(item, index, true));
  switch (value.t) {
    case 'array':
      return `${ref}${containerHead(value)}[${list(items(value.items), value.more)}]`;
    case 'typed':
      return isByteBuffer(value)
        ? `${ref}${containerHead(value)}<${value.items.join(' ')}${value.more > 0 ? ' …' : ''}>`
        : `${ref}${containerHead(value)}[${list(value.items, value.more)}]`;
    case 'object': {
      const entries = value.entries.map((entry) => `${keyText(entry)}: ${previewOf(entry.value, index, true)}`);
      return `${ref}${containerHead(value)}{${list(entries, value.more)}}`;
    }
    case 'map': {
      const entries = value.entries.map(
        ([key, item]) => `${previewOf(key, index, true)} => ${previewOf(item, index, true)}`,
      );
      return `${ref}${containerHead(value)}{${list(entries, value.more)}}`;
    }
    case 'set':
      return `${ref}${containerHead(value)}{${list(items(value.items), value.more)}}`;
    case 'error':
      return `${ref}${errorHeadline(value)}`;
  }
}

/** `TypeError: message`, or just the name when there is no message. */
export function errorHeadline(value: Extract<EncodedValue, { t: 'error' }>): string {
  return value.message === '' ? value.name : `${value.name}: ${value.message}`;
}
