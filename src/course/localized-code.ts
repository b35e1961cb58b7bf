import type { Locale } from '../i18n/locales';
import { translateComments } from './code-comments';

/**
 * The Chinese of every comment in the course's code, read at build time: beside each file
 * `content/…/<name>.ts` that has comments lies `<name>.zh-cn.json` (`<name>.py.zh-cn.json` for Python), `{ "English comment": "中文" }`.
 * The code exists once, in English; zh-cn pages get the same code with its comments swapped, so the
 * two locales cannot drift apart (src/course/code-comments.test.ts holds the tables to the code).
 */
const tables = import.meta.glob<Record<string, string>>('/content/**/*.zh-cn.json', {
  eager: true,
  import: 'default',
});

/**
 * Where the translations of `path`'s comments live: `<name>.zh-cn.json` beside a `.ts` file, and
 * `<name>.py.zh-cn.json` beside a `.py` one (an example may have both, as the playgrounds' defaults do).
 */
export function tableOf(path: string, locale: Locale): string {
  return path.endsWith('.py') ? `${path}.${locale}.json` : path.replace(/\.ts$/, `.${locale}.json`);
}

/** `source` (the file at `path`, e.g. "/content/examples/gather/order.ts") as a `locale` page shows it. */
export function localizedCode(path: string, source: string, locale: Locale): string {
  if (locale === 'en') return source;
  const tablePath = tableOf(path, locale);
  try {
    return translateComments(source, tables[tablePath] ?? {}, path.endsWith('.py') ? 'python' : 'typescript');
  } catch (error) {
    throw new Error(`${path.slice(1)}: ${(error as Error).message}; add it to ${tablePath.slice(1)}`, { cause: error });
  }
}
