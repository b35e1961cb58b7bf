import type { Locale } from '../i18n/locales';
import { translateComments } from './code-comments';

/**
 * The Chinese of every comment in the course's code, read at build time: beside each file
 * `content/…/<name>.ts` that has comments lies `<name>.zh-cn.json`, `{ "English comment": "中文" }`.
 * The code exists once, in English; zh-cn pages get the same code with its comments swapped, so the
 * two locales cannot drift apart (src/course/code-comments.test.ts holds the tables to the code).
 */
const tables = import.meta.glob<Record<string, string>>('/content/**/*.zh-cn.json', {
  eager: true,
  import: 'default',
});

/** `source` (the file at `path`, e.g. "/content/examples/gather/order.ts") as a `locale` page shows it. */
export function localizedCode(path: string, source: string, locale: Locale): string {
  if (locale === 'en') return source;
  const tablePath = path.replace(/\.ts$/, `.${locale}.json`);
  try {
    return translateComments(source, tables[tablePath] ?? {});
  } catch (error) {
    throw new Error(`${path.slice(1)}: ${(error as Error).message}; add it to ${tablePath.slice(1)}`, { cause: error });
  }
}
