// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown } from './markdown';

function html(source: string): string {
  const div = document.createElement('div');
  div.append(renderMarkdown(document, source));
  return div.innerHTML;
}

describe('renderMarkdown', () => {
  it('renders the supported subset', () => {
    expect(
      html('# Title\n\nSome **bold** and *em* and `code`.\n\n- one\n- two\n\n1. first\n\n```ts\nconst a = 1 < 2;\n```'),
    ).toBe(
      '<h3>Title</h3><p>Some <strong>bold</strong> and <em>em</em> and <code>code</code>.</p><ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><pre><code>const a = 1 &lt; 2;</code></pre>',
    );
  });

  it('keeps HTML as text', () => {
    const div = document.createElement('div');
    div.append(renderMarkdown(document, '<img src=x onerror="alert(1)"><script>alert(2)</script>\n\n**<b>x</b>**'));
    expect(div.querySelector('img, script, b')).toBeNull();
    expect(div.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('links only to http(s) URLs', () => {
    const div = document.createElement('div');
    div.append(
      renderInline(document, '[ok](https://example.com/a) [bad](javascript:alert(1)) [data](data:text/html,x)'),
    );
    const links = [...div.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.com/a']);
    expect(links[0]?.getAttribute('rel')).toContain('noopener');
    expect(div.textContent).toContain('[bad](javascript:alert(1))');
  });

  it('makes course paths links to the course when the page says where it is', () => {
    const div = document.createElement('div');
    const source =
      'See the [HTTP lesson](../../lessons/async-http/), [tasks](/lessons/tasks/), [docs](https://docs.python.org/3/) and [x](javascript:void) or [y](//evil.example/).';
    div.append(renderMarkdown(document, source, { base: '/async-lab/', locale: 'zh-cn' }));
    const links = [...div.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/async-lab/zh-cn/lessons/async-http/',
      '/async-lab/zh-cn/lessons/tasks/',
      'https://docs.python.org/3/',
    ]);
    expect(links.map((a) => a.getAttribute('rel'))).toEqual([null, null, 'noopener noreferrer nofollow']);
    expect(div.textContent).toContain('[x](javascript:void)');
    expect(div.textContent).toContain('[y](//evil.example/)');
    // Without a site, as in hints today, a course path stays text.
    expect(html('[HTTP lesson](../../lessons/async-http/)')).toBe('<p>[HTTP lesson](../../lessons/async-http/)</p>');
  });

  it('does not treat backticked markup as emphasis', () => {
    expect(html('`a * b * c` and **`x`**')).toBe('<p><code>a * b * c</code> and <strong><code>x</code></strong></p>');
  });
});
