import { describe, expect, it } from 'vitest';
import { groupThousands } from './numbers';

describe('groupThousands', () => {
  it('groups by thousands with commas, as en and zh-CN both write counts', () => {
    expect(groupThousands(0)).toBe('0');
    expect(groupThousands(999)).toBe('999');
    expect(groupThousands(1_000)).toBe('1,000');
    expect(groupThousands(98_000)).toBe('98,000');
    expect(groupThousands(1_234_567)).toBe('1,234,567');
    expect(groupThousands(-4_500)).toBe('-4,500');
  });

  it('agrees with Intl for both of the course languages', () => {
    for (const n of [7, 12_345, 998_001, 1_000_000_000])
      for (const locale of ['en', 'zh-CN']) expect(groupThousands(n)).toBe(n.toLocaleString(locale));
  });

  it('leaves what is not a whole count as it is', () => {
    expect(groupThousands(1.5)).toBe('1.5');
    expect(groupThousands(Number.NaN)).toBe('NaN');
  });
});
