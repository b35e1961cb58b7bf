import type { Locale } from '../i18n/locales';
import { localizedCode } from '../course/localized-code';

/** Every example's source, read at build time. Keys are paths under content/examples/. */
const sources = import.meta.glob<string>(['/content/examples/**/*.ts', '/content/examples/**/*.py'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const prefix = '/content/examples/';

/**
 * Returns an example's source with its comments in `locale`, or throws an error that names the file
 * and lists what exists.
 */
export function exampleSource(path: string, usedIn: string, locale: Locale): string {
  const source = sources[prefix + path];
  if (source === undefined) {
    const available = Object.keys(sources).map((k) => k.slice(prefix.length));
    throw new Error(
      `${usedIn}: <Playground> example "${path}" does not exist under content/examples/. Available: ${available.join(', ')}`,
    );
  }
  return localizedCode(prefix + path, source, locale);
}
