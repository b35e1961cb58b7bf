/** The course's locales. zh-cn comes first: it is the notes' language and the default. */
export const locales = ['zh-cn', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-cn';

/** Each locale's name in its own language, for the language switch. */
export const localeNames: Record<Locale, string> = { 'zh-cn': '简体中文', en: 'English' };

/** BCP 47 tags for `<html lang>`. */
export const htmlLang: Record<Locale, string> = { 'zh-cn': 'zh-CN', en: 'en' };

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/**
 * Picks the course locale for a reader from their browser's language list (navigator.languages).
 * Any Chinese variant gets zh-cn; anything else gets English, the more widely read of the two.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-cn';
    if (lower.startsWith('en')) return 'en';
  }
  return languages.length > 0 ? 'en' : defaultLocale;
}
