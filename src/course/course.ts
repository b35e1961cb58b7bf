import type { Lesson } from '../schemas/lesson';
import { isLocale, locales, type Locale } from '../i18n/locales';

/** What the content collection gives us for one MDX file (a subset of Astro's CollectionEntry). */
export interface LessonEntry {
  id: string;
  filePath?: string | undefined;
  /** The raw MDX, for what the outline needs to know about a lesson (its playgrounds). */
  body?: string | undefined;
  data: Lesson;
}

/** Anything placed in order per locale: a lesson, an exercise. */
export interface OrderedEntry {
  id: string;
  filePath?: string | undefined;
  data: { order: number };
}

/** A lesson placed in the course. Generic so Astro's full entry type survives (render() needs it). */
export type CoursePage<E extends OrderedEntry = LessonEntry> = E & {
  locale: Locale;
  slug: string;
};

/** The course per locale, each list sorted by `order`. Every locale has the same slugs. */
export type Course<E extends OrderedEntry = LessonEntry> = Record<Locale, CoursePage<E>[]>;

/**
 * Groups lessons by locale and checks what the schema alone cannot: that every lesson exists in
 * every locale with the same order, and that no two lessons share a place. Throws one error that
 * lists every problem with the file it is in, so an author fixes them all in one go.
 */
export function buildCourse<E extends OrderedEntry>(entries: readonly E[], folder = 'lessons'): Course<E> {
  const problems: string[] = [];
  const course = Object.fromEntries(locales.map((l) => [l, [] as CoursePage<E>[]])) as Course<E>;

  for (const entry of entries) {
    const [locale = '', ...rest] = entry.id.split('/');
    const slug = rest.join('/');
    const file = entry.filePath ?? entry.id;
    if (!isLocale(locale) || slug === '' || rest.length !== 1) {
      problems.push(`${file}: ${folder} must be at content/${folder}/<${locales.join('|')}>/<slug>.mdx`);
      continue;
    }
    course[locale].push({ ...entry, locale, slug });
  }

  const slugs = new Set(locales.flatMap((l) => course[l].map((p) => p.slug)));
  for (const slug of [...slugs].sort()) {
    const pages = locales.map((l) => course[l].find((p) => p.slug === slug));
    const present = pages.filter((p): p is CoursePage<E> => p !== undefined);
    locales.forEach((locale, i) => {
      if (!pages[i]) {
        const where = present.map((p) => p.filePath ?? p.id).join(', ');
        problems.push(`content/${folder}/${locale}/${slug}.mdx is missing; ${where} has no ${locale} counterpart`);
      }
    });
    const orders = new Set(present.map((p) => p.data.order));
    if (orders.size > 1) {
      const list = present.map((p) => `${p.filePath ?? p.id} has order ${p.data.order}`).join(', ');
      problems.push(`"${slug}": field "order" differs between locales (${list})`);
    }
  }

  for (const locale of locales) {
    course[locale].sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug));
    const seen = new Map<number, CoursePage<E>>();
    for (const page of course[locale]) {
      const other = seen.get(page.data.order);
      if (other) {
        problems.push(
          `${page.filePath ?? page.id}: field "order" is ${page.data.order}, the same as ${other.filePath ?? other.id}`,
        );
      }
      seen.set(page.data.order, page);
    }
  }

  if (problems.length > 0) {
    throw new Error(`Invalid course content:\n  - ${problems.join('\n  - ')}`);
  }
  return course;
}

/** The lessons before and after `slug` in one locale's course, for prev/next links. */
export function neighbours(
  pages: readonly CoursePage[],
  slug: string,
): { prev: CoursePage | undefined; next: CoursePage | undefined } {
  const index = pages.findIndex((p) => p.slug === slug);
  if (index < 0) return { prev: undefined, next: undefined };
  return { prev: pages[index - 1], next: pages[index + 1] };
}
