// Usage: node scripts/fix-zh-punctuation.ts <file.mdx…>
// Rewrites ASCII punctuation in the Chinese prose of each file as full-width punctuation, in place.
// Review the diff afterwards: the rules are heuristics (src/course/zh-punctuation-fix.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { fixChinesePunctuation } from '../src/course/zh-punctuation-fix.ts';

for (const file of process.argv.slice(2)) {
  const before = readFileSync(file, 'utf8');
  const after = fixChinesePunctuation(before);
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`fixed ${file}`);
  }
}
