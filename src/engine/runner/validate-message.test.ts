import { describe, expect, it } from 'vitest';
import type { ConsoleEntry } from '../../schemas/console-value';
import { encode } from '../runtime/serialize';
import { parseWorkerMessage } from './validate-message';

const entry = (...values: unknown[]): ConsoleEntry => ({
  kind: 'log',
  method: 'log',
  time: 5,
  depth: 0,
  args: values.map((value) => encode(value)),
});
const batch = (entries: unknown[]) => ({ type: 'console', runId: 1, dropped: 0, entries });
const entriesOf = (data: unknown) => {
  const message = parseWorkerMessage(data);
  if (message?.type !== 'console') throw new Error('not a console message');
  return message.entries;
};

describe('parseWorkerMessage, console batches', () => {
  it('accepts every value the encoder makes: accessors, holes, errors, maps', () => {
    const values = [
      {
        get boom() {
          return 5;
        },
        set both(_: number) {},
      },
      [1, , , 4],
      new Map([[1, new Error('x', { cause: 'y' })]]),
      Promise.resolve(),
    ];
    const sent = values.map((value) => entry(value));
    expect(entriesOf(batch(sent))).toEqual(sent);
  });

  it('replaces a malformed entry with an unreadable one and keeps the others', () => {
    const before = entry('before');
    const after = entry('after');
    const broken = { ...entry('x'), args: [{ t: 'no-such-tag' }] };
    expect(entriesOf(batch([before, broken, after]))).toEqual([
      before,
      {
        kind: 'error',
        method: 'system',
        time: 5,
        depth: 0,
        args: [{ t: 'unreadable', reason: 'malformed console entry' }],
      },
      after,
    ]);
  });

  it('says an oversized entry was too large, and still shows the small ones', () => {
    const huge = {
      ...entry('x'),
      args: Array.from({ length: 900 }, () => encode(Array.from({ length: 100 }, (_, i) => i))),
    };
    const [first, second] = entriesOf(batch([huge, entry('small')]));
    expect(first?.args).toEqual([{ t: 'unreadable', reason: 'too large to show' }]);
    expect(second?.args).toEqual([{ t: 'string', v: 'small' }]);
  });

  it('still drops a message that is not a batch at all', () => {
    expect(parseWorkerMessage({ type: 'console', runId: 1, dropped: 0, entries: 'nope' })).toBeNull();
    expect(parseWorkerMessage({ type: 'console', entries: [] })).toBeNull();
  });
});
