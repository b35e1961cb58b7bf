import type { EncodedValue } from '../../schemas/console-value';

/**
 * Rewrites the stack of every error in an encoded value, however deep: a logged `{ error }` or
 * `[error]` shows the learner's main.ts lines as a top-level error does, never the worker's
 * `blob:` URLs or the runtime's own frames.
 */
export function mapValueStacks(value: EncodedValue, fix: (stack: string) => string): EncodedValue {
  const walk = (inner: EncodedValue): EncodedValue => mapValueStacks(inner, fix);
  switch (value.t) {
    case 'error':
      return {
        ...value,
        stack: value.stack === null ? null : fix(value.stack),
        ...(value.cause ? { cause: walk(value.cause) } : {}),
        ...(value.errors ? { errors: walk(value.errors) } : {}),
      };
    case 'array':
    case 'set':
      return { ...value, items: value.items.map(walk) };
    case 'object':
      return { ...value, entries: value.entries.map((entry) => ({ ...entry, value: walk(entry.value) })) };
    case 'map':
      return {
        ...value,
        entries: value.entries.map(([key, item]): [EncodedValue, EncodedValue] => [walk(key), walk(item)]),
      };
    case 'proxy':
      return value.target === null ? value : { ...value, target: walk(value.target) };
    default:
      return value;
  }
}
