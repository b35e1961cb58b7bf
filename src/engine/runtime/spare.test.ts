import { describe, expect, it, vi } from 'vitest';
import { answerProbe, isSpareProbe, loadScript } from './spare';

function scope(importScripts: (url: string) => void = () => {}) {
  const blobs: Blob[] = [];
  return {
    blobs,
    URL: {
      createObjectURL: vi.fn((blob: Blob) => `blob:null/${blobs.push(blob) - 1}`),
      revokeObjectURL: vi.fn((_url: string) => {}),
    },
    importScripts: vi.fn(importScripts),
  };
}

describe('loadScript', () => {
  it('imports the text as a JavaScript blob and revokes its URL afterwards', async () => {
    const s = scope();
    loadScript(s, 'self.x = 1;');
    expect(s.importScripts).toHaveBeenCalledWith('blob:null/0');
    expect(s.blobs[0]?.type).toBe('text/javascript');
    expect(await s.blobs[0]?.text()).toBe('self.x = 1;');
    expect(s.URL.revokeObjectURL).toHaveBeenCalledWith('blob:null/0');
  });

  it('revokes the URL and rethrows when the script cannot load', () => {
    const s = scope(() => {
      throw new Error('NetworkError');
    });
    expect(() => loadScript(s, 'x')).toThrow('NetworkError');
    expect(s.URL.revokeObjectURL).toHaveBeenCalledWith('blob:null/0');
  });
});

describe('the probe', () => {
  it('is recognised by its type only', () => {
    expect(isSpareProbe({ type: 'probe' })).toBe(true);
    expect(isSpareProbe({ type: 'start' })).toBe(false);
    expect(isSpareProbe(null)).toBe(false);
  });

  it('is answered spare-ready or spare-unusable with the reason', () => {
    expect(answerProbe(scope())).toEqual({ type: 'spare-ready' });
    const refused = scope(() => {
      throw new Error("Refused to load the script 'blob:null/0'");
    });
    expect(answerProbe(refused)).toEqual({ type: 'spare-unusable', message: expect.stringContaining('Refused') });
  });
});
