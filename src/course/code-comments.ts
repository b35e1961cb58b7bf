import ts from 'typescript';

/** The languages of the course's code: TypeScript (`//` and block comments) and Python (`#`). */
export type CodeLanguage = 'typescript' | 'python';

/**
 * One comment as a reader sees it: a `/** … *\/` or `/* … *\/` block, a paragraph of `//` (or `#`) lines
 * (consecutive, on lines of their own, at the same indentation), or a `//` after code on its line.
 * `text` is what it says, with the comment markers removed and its lines joined by single spaces:
 * that is the key a translation file uses, so re-wrapping a comment does not break its translation.
 */
export interface CodeComment {
  start: number;
  end: number;
  text: string;
  kind: 'block' | 'lines' | 'trailing';
  /** The whitespace before the comment on its first line (empty for a trailing comment). */
  indent: string;
  /** Whether a block comment opens with `/**`. */
  doc: boolean;
}

/** Python's `#` comments: a `#` outside a string literal (one-, three-quoted, any prefix) to the line's end. */
function rawPythonComments(source: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '#') {
      const end = source.indexOf('\n', i);
      found.push({ start: i, end: end < 0 ? source.length : end });
      i = end < 0 ? source.length : end;
    } else if (c === '"' || c === "'") {
      const quote = source.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      i += quote.length;
      while (i < source.length && !source.startsWith(quote, i)) {
        // A one-quote string ends at the line's end at the latest (unterminated: a syntax error).
        if (quote.length === 1 && source[i] === '\n') break;
        i += source[i] === '\\' ? 2 : 1;
      }
      i += quote.length;
    } else i += 1;
  }
  return found;
}

/** Comments in the trivia before every token: the scanner has already told code from strings. */
function rawComments(source: string, language: CodeLanguage): { start: number; end: number }[] {
  if (language === 'python') return rawPythonComments(source);
  const file = ts.createSourceFile('main.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: { start: number; end: number }[] = [];
  const visit = (node: ts.Node): void => {
    const children = node.getChildren(file);
    if (children.length > 0 || node.kind === ts.SyntaxKind.SourceFile) {
      children.forEach(visit);
      return;
    }
    // Between a token's full start and its start there is only whitespace and comments.
    const trivia = source.slice(node.pos, node.getStart(file));
    for (const match of trivia.matchAll(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)) {
      found.push({ start: node.pos + match.index, end: node.pos + match.index + match[0].length });
    }
  };
  visit(file);
  return found;
}

const lineStart = (source: string, at: number): number => source.lastIndexOf('\n', at - 1) + 1;

function blockText(raw: string): string {
  return raw
    .replace(/^\/\*\*?/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, '').trim())
    .filter((line) => line !== '')
    .join(' ');
}

/** Every comment in `source`, in order, grouped as a reader sees them. */
export function codeComments(source: string, language: CodeLanguage = 'typescript'): CodeComment[] {
  const comments: CodeComment[] = [];
  const marker = language === 'python' ? '#' : '//';
  for (const { start, end } of rawComments(source, language)) {
    const before = source.slice(lineStart(source, start), start);
    const ownLine = before.trim() === '';
    const raw = source.slice(start, end);
    if (raw.startsWith('/*')) {
      comments.push({
        start,
        end,
        text: blockText(raw),
        kind: 'block',
        indent: ownLine ? before : '',
        doc: raw.startsWith('/**'),
      });
      continue;
    }
    const text = raw.slice(marker.length).trim();
    const previous = comments.at(-1);
    // A `//` (or `#`) line right below another one, at the same indentation, continues its paragraph.
    if (
      ownLine &&
      previous?.kind === 'lines' &&
      previous.indent === before &&
      source.slice(previous.end, start) === `\n${before}`
    ) {
      previous.end = end;
      previous.text = `${previous.text} ${text}`.trim();
      continue;
    }
    comments.push({
      start,
      end,
      text,
      kind: ownLine ? 'lines' : 'trailing',
      indent: ownLine ? before : '',
      doc: false,
    });
  }
  return comments;
}

/** `translation` written as `comment` was: the same markers and indentation; `\n` starts a new line. */
function render(comment: CodeComment, translation: string, marker: string): string {
  const lines = translation.split('\n').map((line) => line.trim());
  if (comment.kind === 'trailing') {
    if (lines.length > 1) throw new Error(`a comment after code must stay on one line: "${translation}"`);
    return `${marker} ${translation}`;
  }
  if (comment.kind === 'lines') return lines.map((line) => `${marker} ${line}`).join(`\n${comment.indent}`);
  const open = comment.doc ? '/**' : '/*';
  if (lines.length === 1) return `${open} ${lines[0]} */`;
  return [open, ...lines.map((line) => ` * ${line}`), ' */'].join(`\n${comment.indent}`);
}

/**
 * `source` with each comment replaced by its translation (keyed by the comment's `text`). Code is
 * never touched. A comment without a translation throws, naming it: a page must not mix languages.
 */
export function translateComments(
  source: string,
  translations: Readonly<Record<string, string>>,
  language: CodeLanguage = 'typescript',
): string {
  let out = '';
  let at = 0;
  for (const comment of codeComments(source, language)) {
    const translation = translations[comment.text];
    if (translation === undefined) throw new Error(`no translation for the comment "${comment.text}"`);
    out += source.slice(at, comment.start) + render(comment, translation, language === 'python' ? '#' : '//');
    at = comment.end;
  }
  return out + source.slice(at);
}
