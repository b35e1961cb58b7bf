import { describe, expect, it } from 'vitest';
import { preferredLocale } from './locales';

describe('preferredLocale', () => {
  it('maps any Chinese variant to zh-cn and English to en', () => {
    expect(preferredLocale(['zh-TW', 'en'])).toBe('zh-cn');
    expect(preferredLocale(['en-GB', 'zh-CN'])).toBe('en');
  });
  it('falls back to English for other languages and to the default with no list', () => {
    expect(preferredLocale(['fr-FR', 'de'])).toBe('en');
    expect(preferredLocale([])).toBe('zh-cn');
  });
});
