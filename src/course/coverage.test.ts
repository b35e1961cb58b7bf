import { describe, expect, it } from 'vitest';
import { locales, type Locale } from '../i18n/locales';
import { lessonSchema } from '../schemas/lesson';
import { seedSections, type SeedSectionId } from '../schemas/seed-sections';
import { readLessonFiles, type RawLesson } from './read-lessons.test-helper';

/** The part of a lesson file coverage cares about. */
interface Coverage {
  /** "<locale>/<slug>", as the content collection names it. */
  id: string;
  filePath: string;
  sections: readonly string[];
}

const sectionIds = Object.keys(seedSections) as SeedSectionId[];
const label = (id: string) => `${id} (${seedSections[id as SeedSectionId] ?? 'not a section of the notes'})`;

/** Parses frontmatter with the collection's own schema, so defaults (sections: []) apply as in the site. */
function toCoverage(lessons: readonly RawLesson[]): { coverage: Coverage[]; problems: string[] } {
  const coverage: Coverage[] = [];
  const problems: string[] = [];
  for (const lesson of lessons) {
    const parsed = lessonSchema.safeParse(lesson.frontmatter);
    if (parsed.success) coverage.push({ id: lesson.id, filePath: lesson.filePath, sections: parsed.data.sections });
    else
      problems.push(
        `${lesson.filePath}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
  }
  return { coverage, problems };
}

/** The notes' sections that no lesson of `locale` lists, each with its title so the message says what to write. */
function uncoveredSections(coverage: readonly Coverage[], locale: Locale): string[] {
  const covered = new Set(coverage.filter((c) => c.id.startsWith(`${locale}/`)).flatMap((c) => c.sections));
  return sectionIds.filter((id) => !covered.has(id)).map(label);
}

/** Lessons whose locales list different sections, e.g. a section added to the zh-cn page only. */
function sectionMismatches(coverage: readonly Coverage[]): string[] {
  const bySlug = new Map<string, Map<Locale, Coverage>>();
  for (const c of coverage) {
    const [locale, slug = ''] = c.id.split('/') as [Locale, string?];
    if (!bySlug.has(slug)) bySlug.set(slug, new Map());
    bySlug.get(slug)?.set(locale, c);
  }
  const problems: string[] = [];
  for (const [slug, pages] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const all = new Set([...pages.values()].flatMap((p) => p.sections));
    for (const locale of locales) {
      const page = pages.get(locale);
      // A lesson missing in one locale is course.ts's error to report; here only listed sections matter.
      if (!page) continue;
      const missing = [...all].filter((id) => !page.sections.includes(id)).sort();
      if (missing.length > 0) {
        problems.push(
          `${page.filePath} does not list ${missing.map(label).join(', ')}, which "${slug}" covers in another locale`,
        );
      }
    }
  }
  return problems;
}

describe('coverage of the notes', () => {
  const { coverage, problems } = toCoverage(readLessonFiles());

  it('reads the frontmatter of every lesson', () => {
    expect(coverage.length).toBeGreaterThan(0);
    expect(problems, 'lesson files whose frontmatter does not match src/schemas/lesson.ts').toEqual([]);
  });

  it.each(locales)('covers every section of the notes in %s', (locale) => {
    expect(uncoveredSections(coverage, locale), `sections no ${locale} lesson lists in its frontmatter`).toEqual([]);
  });

  it('lists the same sections for a lesson in every locale', () => {
    expect(sectionMismatches(coverage)).toEqual([]);
  });
});

describe('coverage checks', () => {
  const page = (id: string, sections: string[]): Coverage => ({ id, filePath: `content/lessons/${id}.mdx`, sections });

  it('names each uncovered section with its title', () => {
    const all = sectionIds.filter((id) => id !== '1.4' && id !== '1.6');
    const coverage = [page('en/a', all), page('zh-cn/a', [...all, '1.4'])];
    expect(uncoveredSections(coverage, 'en')).toEqual(['1.4 (异步 http 请求)', '1.6 (协程的其他操作)']);
    expect(uncoveredSections(coverage, 'zh-cn')).toEqual(['1.6 (协程的其他操作)']);
  });

  it('names the file and section when locales disagree', () => {
    const coverage = [
      page('en/a', ['1.1']),
      page('zh-cn/a', ['1.1', '1.2']),
      page('en/b', ['1.3']),
      page('zh-cn/b', ['1.3']),
    ];
    expect(sectionMismatches(coverage)).toEqual([
      'content/lessons/en/a.mdx does not list 1.2 (意义), which "a" covers in another locale',
    ]);
  });

  it('applies the schema defaults: a reference page covers nothing', () => {
    const { coverage, problems } = toCoverage([
      { id: 'en/glossary', filePath: 'g.mdx', frontmatter: { title: 'G', summary: 's', order: 1, kind: 'reference' } },
      { id: 'en/bad', filePath: 'bad.mdx', frontmatter: { title: 'B', summary: 's', order: 2 } },
    ]);
    expect(coverage).toEqual([{ id: 'en/glossary', filePath: 'g.mdx', sections: [] }]);
    expect(problems).toEqual([expect.stringContaining('bad.mdx: sections:')]);
  });
});
