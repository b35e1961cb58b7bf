import type { Locale } from '../i18n/locales';

/**
 * Joins the site's base path (import.meta.env.BASE_URL, e.g. "/" or "/async-lab/") with a path
 * inside the site. Every internal link goes through here so the build works under any sub-path.
 */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

export const localeHome = (base: string, locale: Locale): string => withBase(base, `${locale}/`);

export const lessonPath = (base: string, locale: Locale, slug: string): string =>
  withBase(base, `${locale}/lessons/${slug}/`);

export const playgroundPath = (base: string, locale: Locale): string => withBase(base, `${locale}/playground/`);

export const exercisesPath = (base: string, locale: Locale): string => withBase(base, `${locale}/exercises/`);

export const exercisePath = (base: string, locale: Locale, slug: string): string =>
  withBase(base, `${locale}/exercises/${slug}/`);

/**
 * The assignment builder; `open/` is the page that opens assignment (#a=) and submission (#s=) links,
 * `grade/` the gradebook that verifies many submission links at once.
 */
export const assignPath = (base: string, locale: Locale, page: '' | 'open/' | 'grade/' = ''): string =>
  withBase(base, `${locale}/assign/${page}`);

/**
 * The same page in another locale. Every route has the same shape in both locales
 * (/<locale>/…), so swapping the first segment after the base is enough.
 */
export function switchLocalePath(base: string, pathname: string, to: Locale): string {
  const head = withBase(base);
  if (!pathname.startsWith(head)) return localeHome(base, to);
  const rest = pathname.slice(head.length).split('/');
  rest[0] = to;
  return head + rest.join('/');
}
