// @ts-check
import { fileURLToPath } from 'node:url';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index over the finished static site, after Astro has written it.
 *
 * Why after the build and over the HTML (not the MDX): what the reader searches is exactly what the
 * page shows, headings carry their real anchors, and the index follows OUT_DIR and BASE_PATH for
 * free because we index the folder Astro reports. Pagefind splits the index by each page's
 * <html lang> (zh-CN, en), so a search only ever looks in the reader's locale, and its extended
 * binary segments Chinese text, so 事件循环 and 协程 match as words.
 *
 * The pages decide what is indexed: data-pagefind-body on the lesson article, data-pagefind-ignore
 * on controls and consoles inside it. Pages without data-pagefind-body (playground, 404, landing)
 * are left out.
 * @returns {import('astro').AstroIntegration}
 */
export function pagefindIntegration() {
  return {
    name: 'async-lab:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
          // writeFiles always adds Pagefind's own UIs; the site uses its own small dialog instead.
          const unused = (await readdir(written.outputPath)).filter((name) =>
            /^pagefind-(component-|modular-)?ui|^pagefind-highlight/.test(name),
          );
          await Promise.all(unused.map((name) => rm(join(written.outputPath, name))));
          logger.info(`read ${added.page_count} pages, wrote the index to ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
