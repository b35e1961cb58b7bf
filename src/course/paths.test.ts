import { describe, expect, it } from 'vitest';
import { lessonPath, switchLocalePath, withBase } from './paths';

describe('paths', () => {
  it('joins the base path without doubled slashes', () => {
    expect(withBase('/', 'en/')).toBe('/en/');
    expect(withBase('/async-lab/', '/en/')).toBe('/async-lab/en/');
    expect(withBase('/async-lab', 'en/')).toBe('/async-lab/en/');
    expect(lessonPath('/sub/dir/', 'zh-cn', 'gather')).toBe('/sub/dir/zh-cn/lessons/gather/');
  });

  it('switches locale and keeps the page', () => {
    expect(switchLocalePath('/', '/en/lessons/gather/', 'zh-cn')).toBe('/zh-cn/lessons/gather/');
    expect(switchLocalePath('/async-lab/', '/async-lab/zh-cn/', 'en')).toBe('/async-lab/en/');
    expect(switchLocalePath('/async-lab/', '/elsewhere/', 'en')).toBe('/async-lab/en/');
  });
});
