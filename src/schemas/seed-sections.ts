import { z } from './zod';

/**
 * The notes' own table of contents (the end of seed/python-async-notes.txt), keyed by its numbers.
 * Lessons list the sections they cover; a unit test fails when a section is covered by none.
 */
export const seedSections = {
  '1.1': '前提',
  '1.2': '意义',
  '1.3': '建立的分类：手动和自动',
  '1.3.1': '手动',
  '1.3.2': '自动',
  '1.4': '异步 http 请求',
  '1.5': '多线程实现异步 asyncio.to_thread() 与多线程对比',
  '1.5.1': '协程是单线程的',
  '1.5.2': '对比多线程',
  '1.5.3': '设计目标不同',
  '1.5.4': '执行方式不同',
  '1.5.5': '性能对比',
  '1.5.6': '适用场景',
  '1.5.7': '关键总结',
  '1.6': '协程的其他操作',
} as const;

export type SeedSectionId = keyof typeof seedSections;

/**
 * English names of the notes' sections, for English pages, which show them with the original
 * beside them: a reader who meets "1.3.2 自动" on an English page cannot tell what it covers.
 */
export const seedSectionsEn: Record<SeedSectionId, string> = {
  '1.1': 'Prerequisites',
  '1.2': 'Why it matters',
  '1.3': 'Ways to run tasks: manual and automatic',
  '1.3.1': 'Manual',
  '1.3.2': 'Automatic',
  '1.4': 'Async HTTP requests',
  '1.5': 'Async with threads: asyncio.to_thread() compared with threading',
  '1.5.1': 'Coroutines run on one thread',
  '1.5.2': 'Compared with threads',
  '1.5.3': 'Different design goals',
  '1.5.4': 'Different ways of running',
  '1.5.5': 'Performance compared',
  '1.5.6': 'When to use which',
  '1.5.7': 'Key points',
  '1.6': 'Other things to do with coroutines',
};

const ids = Object.keys(seedSections) as [SeedSectionId, ...SeedSectionId[]];

export const seedSectionId = z
  .enum(ids)
  .describe('A section number from the notes’ table of contents, such as "1.3.2" (自动).');
