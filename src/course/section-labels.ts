import type { Locale } from '../i18n/locales';
import { seedSections, seedSectionsEn, type SeedSectionId } from '../schemas/seed-sections';

/** How a page names one section of the notes. */
export interface SectionLabel {
  /** The section's number in the notes, such as "1.3.2". */
  id: SeedSectionId;
  /** Its name in the page's language. */
  name: string;
  /** The notes' own (Chinese) name, shown beside `name` on pages in another language. */
  original?: string;
}

/** The label of a section of the notes for a page in `locale`. */
export function sectionLabel(id: SeedSectionId, locale: Locale): SectionLabel {
  return locale === 'zh-cn'
    ? { id, name: seedSections[id] }
    : { id, name: seedSectionsEn[id], original: seedSections[id] };
}
