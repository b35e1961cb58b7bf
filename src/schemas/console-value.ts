/**
 * How a value logged in the sandbox travels to the page. The worker encodes every console argument
 * into this tree synchronously (so it shows the value as it was at the time of the call), bounded in
 * depth, breadth and string length; the page renders it as text, never as HTML.
 *
 * Containers carry an `id` so repeated and circular references can point back at them.
 */
export type EncodedValue =
  | { t: 'undefined' }
  | { t: 'null' }
  | { t: 'boolean'; v: boolean }
  /** Numbers as text, so -0, NaN and ±Infinity survive structured cloning and JSON alike. */
  | { t: 'number'; v: string }
  | { t: 'bigint'; v: string }
  /** `cut` counts characters dropped from a very long string. */
  | { t: 'string'; v: string; cut?: number }
  | { t: 'symbol'; v: string }
  /** `flavor` is absent for plain functions and classes. */
  | { t: 'function'; name: string; isClass: boolean; flavor?: 'async' | 'generator' | 'async-generator' }
  | { t: 'date'; v: string }
  | { t: 'regexp'; v: string }
  /** Holes of a sparse array appear in `items` as `{t:'hole'}` runs; `length` is the real length. */
  | { t: 'array'; id: number; className: string; length: number; items: EncodedValue[]; more: number }
  /**
   * Typed arrays: elements as text ("1", "-0", "5n"), `length` in elements. ArrayBuffer,
   * SharedArrayBuffer and DataView: bytes as two hex digits ("0f"), `length` in bytes.
   */
  | { t: 'typed'; id: number; className: string; length: number; items: string[]; more: number }
  | {
      t: 'object';
      id: number;
      /** Constructor name for class instances ("Point"), "Object" for plain objects, null for Object.create(null). */
      className: string | null;
      entries: EncodedEntry[];
      more: number;
    }
  | { t: 'map'; id: number; size: number; entries: [EncodedValue, EncodedValue][]; more: number }
  | { t: 'set'; id: number; size: number; items: EncodedValue[]; more: number }
  /** `errors` holds an AggregateError's errors (usually an encoded array). */
  | {
      t: 'error';
      id: number;
      name: string;
      message: string;
      stack: string | null;
      cause?: EncodedValue;
      errors?: EncodedValue;
    }
  | { t: 'promise'; state: 'pending' | 'fulfilled' | 'rejected' | 'unknown' }
  | { t: 'proxy'; target: EncodedValue | null }
  /** A reference to a container already shown above: circular or repeated. */
  | { t: 'ref'; id: number; circular: boolean }
  /** Depth limit reached: shows as `[Object]` / `[Array(3)]`. */
  | { t: 'deep'; className: string | null; kind: 'object' | 'array' | 'map' | 'set' }
  /** Anything the encoder could not read (a proxy whose trap threw, a revoked proxy). */
  | { t: 'unreadable'; reason: string }
  /**
   * An accessor property. Like DevTools, the encoder never calls getters (they may have side effects
   * or throw), so only which halves exist is known.
   */
  | { t: 'accessor'; get: boolean; set: boolean }
  /** `count` consecutive holes in a sparse array (`[1, , , 4]`), shown as "empty × 2". */
  | { t: 'hole'; count: number };

/** One own enumerable property. */
export interface EncodedEntry {
  /** The property name; for symbol keys the symbol's description, e.g. "Symbol(id)". */
  key: string;
  value: EncodedValue;
  /** "getter" for accessor properties (value `{t:'accessor'}`, never invoked), "symbol" for symbol keys. */
  note?: 'getter' | 'symbol';
}

/**
 * Every `t` an EncodedValue can have. The page's validator accepts exactly these; the `satisfies`
 * below fails to compile when a variant is added to EncodedValue and not here (once a new tag was
 * missing, and every batch holding it was dropped whole).
 */
export const ENCODED_VALUE_TAGS = Object.keys({
  undefined: true,
  null: true,
  boolean: true,
  number: true,
  bigint: true,
  string: true,
  symbol: true,
  function: true,
  date: true,
  regexp: true,
  array: true,
  typed: true,
  object: true,
  map: true,
  set: true,
  error: true,
  promise: true,
  proxy: true,
  ref: true,
  deep: true,
  unreadable: true,
  accessor: true,
  hole: true,
} satisfies Record<EncodedValue['t'], true>) as readonly EncodedValue['t'][];

export type ConsoleKind = 'log' | 'info' | 'warn' | 'error' | 'debug' | 'system';

/** One line in the console panel. */
export interface ConsoleEntry {
  kind: ConsoleKind;
  /** The console method that produced it ("log", "table", "group", "assert", …), or "system". */
  method: string;
  /** Milliseconds since the learner's code started, taken synchronously inside the console call. */
  time: number;
  /** Nesting from console.group at the time of the call. */
  depth: number;
  args: EncodedValue[];
  /**
   * When the first argument was a format string ("%s took %d ms"), it was split into this many
   * leading `args` (text pieces and %o/%O/%s objects) that are shown without spaces between them.
   */
  formatParts?: number;
  /** For table: the encoded rows and column names; for trace and uncaught errors: a raw stack. */
  table?: { columns: string[]; rows: { key: string; cells: (EncodedValue | null)[] }[] };
  stack?: string;
  /** console.group vs groupCollapsed: whether the group starts collapsed. */
  collapsed?: boolean;
  /**
   * 'checks' for lines printed while an exercise's checks were calling the learner's code (their
   * own test requests, say), after the learner's program itself had finished.
   */
  origin?: 'checks';
}
