import { isLocale, type Locale } from '../i18n/locales';
import { withBase } from './paths';

/** Where the page that shows the instructions lives: the site's base path and the page's locale. */
export interface CourseSite {
  /** import.meta.env.BASE_URL: "/" or a sub-path such as "/async-lab/". */
  base: string;
  locale: Locale;
}

export type CourseLink = { kind: 'external'; href: string } | { kind: 'course'; href: string };

/** A host that cannot exist (RFC 6761), so only the path of a resolved course link is ever used. */
const COURSE_ORIGIN = 'https://course.invalid';

/**
 * Where a link in assignment instructions or hints points, or null when it must stay text.
 *
 * - `https://…` and `http://…` are external links, kept as they are.
 * - Paths are links into the course. Instructions are written for an exercise page
 *   (/<locale>/exercises/<slug>/), where `../../lessons/async-http/` means the lesson, so a relative
 *   path is resolved from there; `/lessons/…` is a course path. A leading locale segment becomes the
 *   reader's locale, and the site's base path goes in front, so the link works on a copy of the site
 *   under any sub-path and keeps the reader in their language.
 * - Everything else (javascript:, data:, mailto:, protocol-relative `//host`, bare `#ids`) is refused:
 *   the text comes from a link anyone can make.
 */
export function resolveCourseLink(href: string, site: CourseSite): CourseLink | null {
  const trimmed = href.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    try {
      const url = new URL(trimmed);
      return url.protocol === 'https:' || url.protocol === 'http:' ? { kind: 'external', href: url.href } : null;
    } catch {
      return null;
    }
  }
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('?')) return null;
  let url: URL;
  try {
    url = new URL(trimmed, `${COURSE_ORIGIN}/${site.locale}/exercises/this-exercise/`);
  } catch {
    return null;
  }
  // `//host/x`, `\\host` and the like leave the course: refuse rather than guess.
  if (url.origin !== COURSE_ORIGIN) return null;
  const segments = url.pathname.split('/').slice(1);
  if (segments[0] !== undefined && isLocale(segments[0])) segments.shift();
  const path = [site.locale, ...segments].join('/');
  return { kind: 'course', href: withBase(site.base, path) + url.hash };
}
