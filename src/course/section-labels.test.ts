import { describe, expect, it } from 'vitest';
import { seedSections, type SeedSectionId } from '../schemas/seed-sections';
import { sectionLabel } from './section-labels';

describe('sectionLabel', () => {
  it('names a section in Chinese on Chinese pages, with nothing beside it', () => {
    expect(sectionLabel('1.3.2', 'zh-cn')).toEqual({ id: '1.3.2', name: '自动' });
  });

  it('names every section in English on English pages, with the notes’ name beside it', () => {
    for (const id of Object.keys(seedSections) as SeedSectionId[]) {
      const label = sectionLabel(id, 'en');
      expect(label.name, id).toMatch(/^[\x20-\x7e]+$/);
      expect(label.original, id).toBe(seedSections[id]);
    }
    expect(sectionLabel('1.4', 'en')).toEqual({ id: '1.4', name: 'Async HTTP requests', original: '异步 http 请求' });
  });
});
