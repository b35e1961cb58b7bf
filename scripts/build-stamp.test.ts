import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildFingerprint, configImports, isBuildCurrent, STAMP_FILE } from './build-stamp.mjs';

const roots: string[] = [];
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'stamp-test-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const FILES = {
  'astro.config.mjs': "import { a } from './scripts/a.mjs';\nexport default {};",
  'scripts/a.mjs': "import { b } from './b.mjs';\nexport const a = b;",
  'scripts/b.mjs': 'export const b = 1;',
  'scripts/serve.mjs': 'the server, not a build input',
  'src/page.ts': 'page',
  'content/lesson.mdx': 'lesson',
};

describe('buildFingerprint', () => {
  it('follows the config imports, not every script', () => {
    expect(configImports(project(FILES))).toEqual(['scripts/a.mjs', 'scripts/b.mjs']);
  });

  it('changes with a source, a build script or BASE_PATH, not with the server or a touch', () => {
    const root = project(FILES);
    const before = buildFingerprint(root, {});
    writeFileSync(join(root, 'scripts/serve.mjs'), 'edited');
    writeFileSync(join(root, 'src/page.ts'), 'page'); // same bytes, new mtime
    expect(buildFingerprint(root, {})).toBe(before);
    expect(buildFingerprint(root, { BASE_PATH: '/sub/' })).not.toBe(before);
    writeFileSync(join(root, 'scripts/b.mjs'), 'export const b = 2;');
    expect(buildFingerprint(root, {})).not.toBe(before);
    writeFileSync(join(root, 'scripts/b.mjs'), FILES['scripts/b.mjs']);
    writeFileSync(join(root, 'content/new.mdx'), 'new lesson');
    expect(buildFingerprint(root, {})).not.toBe(before);
  });
});

describe('isBuildCurrent', () => {
  it('is true only for a complete build with a matching stamp', () => {
    const root = project(FILES);
    const out = join(root, 'dist');
    expect(isBuildCurrent(root, out, {})).toBe(false);
    mkdirSync(out);
    writeFileSync(join(out, STAMP_FILE), `${buildFingerprint(root, {})}\n`);
    expect(isBuildCurrent(root, out, {})).toBe(false); // no index.html: not a whole build
    writeFileSync(join(out, 'index.html'), '<p>hi</p>');
    expect(isBuildCurrent(root, out, {})).toBe(true);
    writeFileSync(join(root, 'src/page.ts'), 'changed');
    expect(isBuildCurrent(root, out, {})).toBe(false);
  });
});
