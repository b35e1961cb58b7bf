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
  | { t: 'function'; name: string; isClass: boolean }
  | { t: 'date'; v: string }
  | { t: 'regexp'; v: string }
  | { t: 'array'; id: number; className: string; length: number; items: EncodedValue[]; more: number }
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
  | { t: 'error'; id: number; name: string; message: string; stack: string | null; cause?: EncodedValue }
  | { t: 'promise'; state: 'pending' | 'fulfilled' | 'rejected' | 'unknown' }
  | { t: 'proxy'; target: EncodedValue | null }
  /** A reference to a container already shown above: circular or repeated. */
  | { t: 'ref'; id: number; circular: boolean }
  /** Depth limit reached: shows as `[Object]` / `[Array(3)]`. */
  | { t: 'deep'; className: string | null; kind: 'object' | 'array' | 'map' | 'set' }
  /** Anything the encoder could not read (a throwing getter, a revoked proxy). */
  | { t: 'unreadable'; reason: string };

/** One own property. A getter that threw shows its error instead of a value. */
export interface EncodedEntry {
  key: string;
  value: EncodedValue;
  /** "getter" for accessor properties whose value was read, "symbol" for symbol keys. */
  note?: 'getter' | 'symbol';
}

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
  /** For table: the encoded rows and column names; for trace and uncaught errors: a raw stack. */
  table?: { columns: string[]; rows: { key: string; cells: (EncodedValue | null)[] }[] };
  stack?: string;
  /** console.group vs groupCollapsed: whether the group starts collapsed. */
  collapsed?: boolean;
}
