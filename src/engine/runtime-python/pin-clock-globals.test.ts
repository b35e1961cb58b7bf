import { describe, expect, it } from 'vitest';
import { pinClockGlobals } from './pin-clock-globals';

describe('pinClockGlobals', () => {
  it('keeps Date.now, performance.now and both bindings, and refuses to replace them (strict code throws)', () => {
    const RealDate = Date;
    const scope = { Date: class extends RealDate {} as DateConstructor, performance: Object.create(performance) };
    scope.Date.now = () => 7;
    scope.performance.now = () => 1;
    pinClockGlobals(scope);
    expect(scope.Date.now()).toBe(7);
    expect(scope.performance.now()).toBe(1);
    expect(() => {
      scope.Date.now = () => 0;
    }).toThrow(/Date.now cannot be replaced in this sandbox/);
    expect(() => {
      scope.performance.now = () => 0;
    }).toThrow(TypeError);
    expect(() => {
      (scope as { Date: unknown }).Date = 0;
    }).toThrow(TypeError);
    expect(Reflect.deleteProperty(scope.Date, 'now')).toBe(false);
    expect(scope.Date.now()).toBe(7);
  });
});
