// Test-only: reads every lesson file's frontmatter the way the content collection would see it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface RawLesson {
  id: string;
  filePath: string;
  frontmatter: unknown;
}

export function readLessonFiles(root = 'content/lessons'): RawLesson[] {
  return readdirSync(root).flatMap((locale) =>
    readdirSync(join(root, locale))
      .filter((f) => f.endsWith('.mdx'))
      .map((file) => {
        const filePath = join(root, locale, file);
        const text = readFileSync(filePath, 'utf8');
        const match = /^---\n([\s\S]*?)\n---/.exec(text);
        return { id: `${locale}/${file.replace(/\.mdx$/, '')}`, filePath, frontmatter: parse(match?.[1] ?? '') };
      }),
  );
}
