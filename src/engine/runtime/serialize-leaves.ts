import type { EncodedValue } from '../../schemas/console-value';
import { brand, functionName, getPrototypeOf, inherits, intrinsic, protos } from './serialize-intrinsics';

/** Functions and classes: name and flavour, never their source. */
export function encodeFunction(fn: object): EncodedValue {
  const source = brand(intrinsic.fnToString, fn);
  const isClass = typeof source === 'string' && /^class\b/.test(source);
  const proto = getPrototypeOf(fn);
  const flavor =
    proto === protos.asyncFunction
      ? 'async'
      : proto === protos.generatorFunction
        ? 'generator'
        : proto === protos.asyncGeneratorFunction
          ? 'async-generator'
          : null;
  const name = functionName(fn);
  return flavor === null ? { t: 'function', name, isClass } : { t: 'function', name, isClass, flavor };
}

/** Dates, regular expressions and promises: shown in one line, never expanded. */
export function encodeLeafObject(value: object): EncodedValue | null {
  const time = brand(intrinsic.dateTime, value);
  if (typeof time === 'number') {
    return { t: 'date', v: Number.isNaN(time) ? 'Invalid Date' : String(brand(intrinsic.dateIso, value)) };
  }
  const source = brand(intrinsic.regexpSource, value);
  if (typeof source === 'string') {
    const flags = brand(intrinsic.regexpFlags, value);
    return { t: 'regexp', v: `/${source}/${typeof flags === 'string' ? flags : ''}` };
  }
  // A promise's state cannot be read synchronously, and attaching handlers would mark a rejection
  // as handled, hiding it from the unhandled-rejection report.
  if (inherits(value, protos.promise)) return { t: 'promise', state: 'unknown' };
  return null;
}
