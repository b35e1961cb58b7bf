import type { ConsoleEntry, EncodedValue } from '../../schemas/console-value';
import { encode } from './serialize';
import { brand, intrinsic, ownDescriptor, ownKeys } from './serialize-intrinsics';
import { pushItem } from './intrinsics';

export type ConsoleTable = NonNullable<ConsoleEntry['table']>;

const MAX_ROWS = 100;
const MAX_COLUMNS = 20;
/** Cells are small previews, as in DevTools; the full value is in the entry's argument. */
const CELL_LIMITS = { maxDepth: 1, maxItems: 10, maxStringLength: 200, maxNodes: 50 } as const;
/** Chrome's names for the columns of primitive rows and of Map keys. */
const VALUES = 'Values';
const KEY = 'Key';

interface Row {
  key: string;
  /** Column name → the property's descriptor, or a bare value for the Values/Key columns. */
  cells: Map<string, { value: unknown } | PropertyDescriptor>;
}

/**
 * Builds console.table's rows and columns from arrays, objects, Maps and Sets, reading properties
 * through descriptors (getters are shown, not called). `filter` is the optional list of columns.
 * Returns null when `data` is not tabular, in which case console.table logs it like console.log.
 */
export function buildTable(data: unknown, filter: unknown): ConsoleTable | null {
  if (typeof data !== 'object' || data === null) return null;
  try {
    const rows = rowsOf(data);
    const columns = Array.isArray(filter) ? filterColumns(filter) : columnsOf(rows);
    return {
      columns,
      rows: rows.map((row) => ({
        key: row.key,
        cells: columns.map((column) => {
          const cell = row.cells.get(column);
          return cell === undefined ? null : cellValue(cell);
        }),
      })),
    };
  } catch {
    return null;
  }
}

function rowsOf(data: object): Row[] {
  const rows: Row[] = [];
  const collect = (value: unknown, key: unknown): void => {
    if (rows.length >= MAX_ROWS) return;
    const row: Row = { key: String(rows.length), cells: new Map() };
    if (key !== undefined) row.cells.set(KEY, { value: key });
    addCells(row, value);
    pushItem(rows, row);
  };
  if (typeof brand(intrinsic.mapSize, data) === 'number') {
    Reflect.apply(intrinsic.mapForEach, data, [(value: unknown, key: unknown) => collect(value, key)]);
    return rows;
  }
  if (typeof brand(intrinsic.setSize, data) === 'number') {
    Reflect.apply(intrinsic.setForEach, data, [(value: unknown) => collect(value, undefined)]);
    return rows;
  }
  for (const key of ownKeys(data)) {
    if (rows.length >= MAX_ROWS) break;
    if (typeof key === 'symbol') continue;
    const descriptor = ownDescriptor(data, key);
    if (descriptor?.enumerable !== true) continue;
    const row: Row = { key, cells: new Map() };
    if ('value' in descriptor) addCells(row, descriptor.value);
    else row.cells.set(VALUES, descriptor);
    pushItem(rows, row);
  }
  return rows;
}

function addCells(row: Row, value: unknown): void {
  if (typeof value !== 'object' || value === null) {
    row.cells.set(VALUES, { value });
    return;
  }
  for (const key of ownKeys(value)) {
    if (typeof key === 'symbol') continue;
    const descriptor = ownDescriptor(value, key);
    if (descriptor?.enumerable === true) row.cells.set(key, descriptor);
  }
}

function columnsOf(rows: Row[]): string[] {
  const columns = new Set<string>();
  let hasKey = false;
  let hasValues = false;
  for (const row of rows) {
    for (const column of row.cells.keys()) {
      if (column === KEY) hasKey = true;
      else if (column === VALUES) hasValues = true;
      else if (columns.size < MAX_COLUMNS) columns.add(column);
    }
  }
  return [...(hasKey ? [KEY] : []), ...columns, ...(hasValues ? [VALUES] : [])];
}

function filterColumns(filter: unknown[]): string[] {
  return filter
    .filter((column) => typeof column === 'string' || typeof column === 'number')
    .slice(0, MAX_COLUMNS)
    .map(String);
}

function cellValue(cell: { value: unknown } | PropertyDescriptor): EncodedValue {
  if ('value' in cell) return encode(cell.value, CELL_LIMITS);
  return { t: 'accessor', get: cell.get !== undefined, set: cell.set !== undefined };
}
