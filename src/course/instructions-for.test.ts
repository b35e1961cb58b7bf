import { describe, expect, it } from 'vitest';
import { instructionsFor } from './instructions-for';

const body = [
  'Shared intro.',
  '',
  '<ForLanguage lang="typescript">',
  '',
  'Export `loadProfiles`.',
  '',
  '</ForLanguage>',
  '',
  '<ForLanguage lang="python">',
  '',
  'Define `load_profiles`.',
  '',
  '## What the checks verify',
  '',
  '</ForLanguage>',
  '',
].join('\n');

describe('instructionsFor', () => {
  it("keeps the shared text and the chosen language's blocks, without their tags", () => {
    expect(instructionsFor(body, 'typescript')).toBe('Shared intro.\n\nExport `loadProfiles`.');
    expect(instructionsFor(body, 'python')).toBe(
      'Shared intro.\n\nDefine `load_profiles`.\n\n## What the checks verify',
    );
  });

  it('leaves a body without blocks as it is', () => {
    expect(instructionsFor('Just text.\n', 'python')).toBe('Just text.');
  });
});
