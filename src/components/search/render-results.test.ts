// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { titleFirst, toHit } from './pagefind';
import { appendExcerpt, format, renderHit } from './render-results';

describe('search results', () => {
  it('keeps only the text and <mark> of an excerpt, never other markup', () => {
    const target = document.createElement('p');
    appendExcerpt(target, 'the <mark>事件循环</mark> runs &lt;img src=x onerror=alert(1)&gt; <img src=x><b>bold</b>');
    expect(target.querySelectorAll('mark')).toHaveLength(1);
    expect(target.querySelector('mark')?.textContent).toBe('事件循环');
    expect(target.querySelector('img, b')).toBeNull();
    expect(target.textContent).toBe('the 事件循环 runs <img src=x onerror=alert(1)> bold');
  });

  it('links the page and the headings that matched, skipping the page top', () => {
    const hit = toHit({
      url: '/zh-cn/lessons/coroutines/',
      excerpt: '<mark>协程</mark>',
      meta: { title: '协程' },
      sub_results: [
        { title: '协程', url: '/zh-cn/lessons/coroutines/', excerpt: '' },
        { title: '什么是协程', url: '/zh-cn/lessons/coroutines/#what', excerpt: '' },
      ],
    });
    const item = renderHit(document, hit);
    const links = [...item.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['协程', '/zh-cn/lessons/coroutines/'],
      ['什么是协程', '/zh-cn/lessons/coroutines/#what'],
    ]);
  });

  it('puts pages whose title contains the query first, otherwise keeps the order', () => {
    const hit = (title: string) => toHit({ url: `/${title}/`, excerpt: '', meta: { title } });
    const ranked = titleFirst('协程', [hit('线程'), hit('术语表'), hit('协程：在 await 处暂停的函数'), hit('任务')]);
    expect(ranked.map((h) => h.title)).toEqual(['协程：在 await 处暂停的函数', '线程', '术语表', '任务']);
  });

  it('fills message templates and leaves unknown keys alone', () => {
    expect(format('{n} pages found for {q}', { n: 3 })).toBe('3 pages found for {q}');
  });
});
