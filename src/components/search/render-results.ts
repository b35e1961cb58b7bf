import type { SearchHit } from './pagefind';

/**
 * Copies a Pagefind excerpt into `target` as text, keeping only its <mark> highlights.
 * Excerpts are HTML (escaped text plus <mark>); they are parsed in an inert document and only text
 * is copied out, so nothing from the index can ever become markup or script in the page.
 */
export function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const doc = target.ownerDocument;
  const parsed = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  for (const node of parsed.body.childNodes) {
    const text = node.textContent ?? '';
    if (node.nodeName === 'MARK') {
      const mark = doc.createElement('mark');
      mark.textContent = text;
      target.append(mark);
    } else {
      target.append(doc.createTextNode(text));
    }
  }
}

function link(doc: Document, className: string, href: string, text: string): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.className = className;
  a.href = href;
  a.textContent = text;
  return a;
}

/** One result: the page link and excerpt, then links to the matching headings inside it. */
export function renderHit(doc: Document, hit: SearchHit): HTMLLIElement {
  const item = doc.createElement('li');
  item.className = 'search-hit';
  item.append(link(doc, 'search-hit-page', hit.url, hit.title));
  const excerpt = doc.createElement('p');
  excerpt.className = 'search-excerpt';
  appendExcerpt(excerpt, hit.excerpt);
  item.append(excerpt);
  if (hit.headings.length > 0) {
    const list = doc.createElement('ul');
    list.className = 'search-headings';
    for (const heading of hit.headings) {
      const li = doc.createElement('li');
      li.append(link(doc, 'search-hit-heading', heading.url, heading.title));
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** Fills in a message template such as "{n} pages found". */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
