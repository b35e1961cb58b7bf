import type { ConsoleEntry, EncodedValue } from '../../schemas/console-value';

/**
 * A console entry as one line of plain text, for exercise checks that look at what was printed
 * ("logs the results in completion order"). Close to what the console shows, not a full preview.
 */
export function entryText(entry: ConsoleEntry): string {
  return entry.args.map((arg) => valueText(arg, 0, true)).join(' ');
}

function valueText(value: EncodedValue, depth: number, top: boolean): string {
  switch (value.t) {
    case 'string':
      return top ? value.v : `'${value.v}'`;
    case 'number':
    case 'bigint':
    case 'symbol':
    case 'date':
    case 'regexp':
      return value.t === 'bigint' ? `${value.v}n` : value.v;
    case 'boolean':
      return String(value.v);
    case 'null':
    case 'undefined':
      return value.t;
    case 'array':
      return depth > 2 ? '[…]' : `[${value.items.map((v) => valueText(v, depth + 1, false)).join(', ')}]`;
    case 'object':
      return depth > 2
        ? '{…}'
        : `{${value.entries.map((e) => `${e.key}: ${valueText(e.value, depth + 1, false)}`).join(', ')}}`;
    case 'error':
      return `${value.name}: ${value.message}`;
    case 'function':
      return `[Function ${value.name}]`;
    default:
      return `[${value.t}]`;
  }
}
