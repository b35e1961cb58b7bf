/**
 * A small Markdown subset rendered straight to DOM nodes, for text that arrives in a link and so
 * cannot be trusted (assignment instructions and hints). Nothing is ever parsed as HTML: every piece
 * of text goes in through textContent, and only http(s) links and, given the page's `CourseSite`,
 * links into the course become <a href> (course/course-link.ts). What it understands: paragraphs,
 * headings (# to ###), - and 1. lists, ``` fenced code, `code`, **strong**, *em*, [text](url).
 */
import { resolveCourseLink, type CourseSite } from '../../course/course-link';

const INLINE = /(`+)([\s\S]*?)\1|\*\*([\s\S]+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\(([^()\s]+)\)/;

/**
 * A link from a stranger must not run script or point inside the site oddly: absolute http(s) links,
 * and course paths only when the page says where the course is.
 */
function safeLink(url: string, site: CourseSite | undefined): { href: string; external: boolean } | null {
  if (site) {
    const link = resolveCourseLink(url, site);
    return link && { href: link.href, external: link.kind === 'external' };
  }
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? { href: parsed.href, external: true } : null;
  } catch {
    return null;
  }
}

/** Inline Markdown (code, strong, em, links) as nodes; `site` lets course paths become links. */
export function renderInline(doc: Document, text: string, site?: CourseSite): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  let rest = text;
  while (rest !== '') {
    const match = INLINE.exec(rest);
    if (!match) {
      fragment.append(doc.createTextNode(rest));
      break;
    }
    if (match.index > 0) fragment.append(doc.createTextNode(rest.slice(0, match.index)));
    const [whole, , code, strong, em, linkText, url] = match;
    if (code !== undefined) {
      const element = doc.createElement('code');
      element.textContent = code.trim() === '' ? code : code.replace(/^ (.*) $/, '$1');
      fragment.append(element);
    } else if (strong !== undefined) {
      const element = doc.createElement('strong');
      element.append(renderInline(doc, strong, site));
      fragment.append(element);
    } else if (em !== undefined) {
      const element = doc.createElement('em');
      element.append(renderInline(doc, em, site));
      fragment.append(element);
    } else if (linkText !== undefined && url !== undefined) {
      const safe = safeLink(url, site);
      if (safe) {
        const link = doc.createElement('a');
        link.href = safe.href;
        // The course's own pages need no guard; anywhere else gets neither the opener nor the referrer.
        if (safe.external) link.rel = 'noopener noreferrer nofollow';
        link.append(renderInline(doc, linkText, site));
        fragment.append(link);
      } else {
        fragment.append(doc.createTextNode(whole));
      }
    }
    rest = rest.slice(match.index + whole.length);
  }
  return fragment;
}

type Block =
  | { type: 'p'; lines: string[] }
  | { type: 'h'; level: number; text: string }
  | { type: 'ul' | 'ol'; items: string[] }
  | { type: 'pre'; lines: string[] };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  let current: Block | undefined;
  const close = (): void => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (/^\s*```/.test(line)) {
      close();
      const code: string[] = [];
      for (i += 1; i < lines.length && !/^\s*```\s*$/.test(lines[i] ?? ''); i += 1) code.push(lines[i] ?? '');
      blocks.push({ type: 'pre', lines: code });
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') close();
    else if (heading) {
      close();
      blocks.push({ type: 'h', level: heading[1]?.length ?? 1, text: heading[2] ?? '' });
    } else if (bullet || numbered) {
      const type = bullet ? 'ul' : 'ol';
      if (current?.type !== type) {
        close();
        current = { type, items: [] };
      }
      current.items.push((bullet ?? numbered)?.[1] ?? '');
    } else if (current?.type === 'ul' || current?.type === 'ol') {
      // A continuation line of the last item.
      current.items[current.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (current?.type !== 'p') {
        close();
        current = { type: 'p', lines: [] };
      }
      current.lines.push(line.trim());
    }
  }
  close();
  return blocks;
}

/**
 * Renders `source` as block nodes. Headings start at <h3>: the instructions sit under the page's
 * own <h1> and <h2>. `site` is where the course is, for links like `../../lessons/async-http/`.
 */
export function renderMarkdown(doc: Document, source: string, site?: CourseSite): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const block of parseBlocks(source)) {
    if (block.type === 'pre') {
      const pre = doc.createElement('pre');
      const code = doc.createElement('code');
      code.textContent = block.lines.join('\n');
      pre.append(code);
      fragment.append(pre);
    } else if (block.type === 'h') {
      const heading = doc.createElement(`h${Math.min(block.level + 2, 5)}`);
      heading.append(renderInline(doc, block.text, site));
      fragment.append(heading);
    } else if (block.type === 'p') {
      const p = doc.createElement('p');
      p.append(renderInline(doc, block.lines.join(' '), site));
      fragment.append(p);
    } else {
      const list = doc.createElement(block.type);
      for (const item of block.items) {
        const li = doc.createElement('li');
        li.append(renderInline(doc, item, site));
        list.append(li);
      }
      fragment.append(list);
    }
  }
  return fragment;
}
