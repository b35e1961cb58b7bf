import { describe, expect, it } from 'vitest';
import type { EncodedValue } from '../../schemas/console-value';
import { mapValueStacks } from './map-value-stacks';

const error = (stack: string): EncodedValue => ({ t: 'error', id: 2, name: 'Error', message: 'm', stack });
const fix = (stack: string) => stack.replace('blob:null/x:30:10', 'main.ts:2:10');

describe('mapValueStacks', () => {
  it('maps errors nested in objects, arrays, maps, sets and causes', () => {
    const value: EncodedValue = {
      t: 'object',
      id: 1,
      className: 'Object',
      more: 0,
      entries: [
        { key: 'error', value: error('at fail (blob:null/x:30:10)') },
        {
          key: 'list',
          value: { t: 'array', id: 3, className: 'Array', length: 1, more: 0, items: [error('at blob:null/x:30:10')] },
        },
        {
          key: 'map',
          value: { t: 'map', id: 4, size: 1, more: 0, entries: [[{ t: 'null' }, error('at blob:null/x:30:10')]] },
        },
        { key: 'set', value: { t: 'set', id: 5, size: 1, more: 0, items: [error('at blob:null/x:30:10')] } },
      ],
    };
    const text = JSON.stringify(mapValueStacks(value, fix));
    expect(text).not.toContain('blob:');
    expect(text.match(/main\.ts:2:10/g)).toHaveLength(4);
  });

  it('leaves values without errors as they are', () => {
    const value: EncodedValue = { t: 'string', v: 'blob:null/x:30:10' };
    expect(mapValueStacks(value, fix)).toBe(value);
  });
});
