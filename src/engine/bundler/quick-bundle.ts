import { parse } from 'acorn';
import { transform } from 'sucrase';
import type { BundleResult, SourceFiles } from './bundle-types';
import { RUNTIME_EXPORTS, RUNTIME_MODULE, takesQuickPath } from './bundle-types';

/**
 * The quick path of an edited Run: a lone main.ts whose TypeScript only needs its types removed is
 * turned into the same kind of script esbuild makes (bundle.ts), in the page, in a few milliseconds,
 * by Sucrase (which strips types and keeps every line where it was) and acorn (which checks the
 * result as the module it is). It spares the reader esbuild-wasm for the first Run after an edit:
 * 3 MB to download and a 1.8-2.1 s start on a two-core machine (docs/benchmarks.md), more on a phone.
 *
 * It is deliberately narrow. Whatever it is not sure to turn out as esbuild would, it leaves to
 * esbuild by returning null: other files, checks, imports other than the runtime's names, exports,
 * a syntax error (esbuild's message is the one the course shows), and the TypeScript that is more
 * than types (namespaces, parameter properties beside public fields) or that esbuild rewrites
 * (decorators, accessors, top-level `this`). quick-bundle.test.ts runs both on every course program and a set of such cases.
 */

/** Larger sources go to esbuild's worker, so the page's thread is never busy for long. */
const MAX_SOURCE = 40_000;

/**
 * TypeScript that emits code of its own, where Sucrase and esbuild differ: a namespace (Sucrase
 * drops one whose members are values) and `import =`. A match in a comment or a string only sends
 * the code to esbuild. Parameter properties differ only in places (fieldOrderShows).
 */
const NOT_ONLY_TYPES = [/\b(namespace|module)\s+[\w$'"]/, /\bdeclare\s+global\b/, /\bimport\s+(type\s+)?[\w$]+\s*=/];

const MODIFIER = /\b(public|private|protected|readonly|override)\b/;

/** Whether a constructor declares parameter properties (`constructor(private n: number)`). */
function hasParameterProperties(source: string): boolean {
  for (const match of source.matchAll(/\bconstructor\s*\(/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < source.length && depth > 0; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')') depth--;
    }
    if (MODIFIER.test(source.slice(match.index, end))) return true;
  }
  return false;
}

/**
 * Where parameter properties would run differently. esbuild declares their fields first (`n;`),
 * then the class's own, and assigns them in the constructor; Sucrase only assigns them, after the
 * class's own fields are made. The two agree unless a class has a public instance field
 * (`Object.keys` would list it first from Sucrase, last from esbuild) or an instance field whose
 * initializer reads `this` (`'n' in this` differs). The lessons' Queue and Semaphore keep private
 * (#) fields only, so they take the quick path.
 */
function fieldOrderShows(program: Node): boolean {
  let shows = false;
  const visit = (node: Node, inField: boolean): void => {
    if (shows) return;
    if (inField && (node.type === 'ThisExpression' || node.type === 'Super')) shows = true;
    const field = node.type === 'PropertyDefinition' && !node['static'];
    if (field && (node['key'] as Node).type !== 'PrivateIdentifier') shows = true;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      const inner = inField || (field && key === 'value');
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child, inner);
      } else if (isNode(value)) visit(value, inner);
    }
  };
  visit(program, false);
  return shows;
}

const SELF = new Set(['self']);

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Where the learner's module differs from the function body it becomes: esbuild must handle it. */
function needsEsbuild(program: Node, imported: Set<string>): boolean {
  let found = false;
  const visit = (node: Node, inFunction: boolean): void => {
    if (found) return;
    switch (node.type) {
      case 'ThisExpression':
      case 'MetaProperty': // import.meta
      case 'ImportExpression': // import(), which a classic worker script cannot do
        if (node.type !== 'ThisExpression' || !inFunction) found = true;
        return;
      case 'Identifier':
        // A module's top level has no `arguments`; the function around it would.
        if (node['name'] === 'arguments' && !inFunction) found = true;
        return;
      case 'VariableDeclarator':
        // The prelude reads the global `self`; a declaration of the learner's own would shadow it
        // (esbuild renames it instead).
        if (assignsTo(node['id'] as Node, SELF)) found = true;
        break;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
        if ((node['id'] as { name?: string } | null)?.name === 'self') found = true;
        break;
      case 'AssignmentExpression':
      case 'UpdateExpression':
      case 'ForInStatement':
      case 'ForOfStatement': {
        // esbuild refuses an assignment to an import; its message is the one to show.
        const target = (node['left'] ?? node['argument']) as Node | undefined;
        if (target && assignsTo(target, imported)) {
          found = true;
          return;
        }
        break;
      }
    }
    const own =
      node.type === 'FunctionDeclaration' ||
      node.type === 'FunctionExpression' ||
      node.type === 'StaticBlock' ||
      (node.type === 'PropertyDefinition' && !node['computed']);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      // A class field's key is outside its own `this`; its value is inside it.
      const inner = own && !(node.type === 'PropertyDefinition' && key === 'key') ? true : inFunction;
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child, inner);
      } else if (isNode(value)) visit(value, inner);
    }
  };
  visit(program, false);
  return found;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Whether a pattern (`x`, `[x, y]`, `{ a: x }`, `x = 1`) binds one of `names`. */
function assignsTo(pattern: Node, names: Set<string>): boolean {
  if (pattern.type === 'Identifier') return names.has(pattern['name'] as string);
  if (pattern.type === 'VariableDeclaration') return false; // `for (const x of …)` declares its own
  return Object.entries(pattern).some(([key, value]) => {
    if (key === 'key' && pattern.type === 'Property') return false;
    if (pattern.type === 'MemberExpression') return false; // `sleep.x = 1` assigns to a property
    const nodes = Array.isArray(value) ? value : [value];
    return nodes.some((child) => isNode(child) && assignsTo(child, names));
  });
}

/** UTF-8-safe base64: btoa takes Latin-1 only, and lessons have Chinese comments. */
function base64Json(value: unknown): string {
  const ascii = JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return btoa(ascii);
}

/**
 * The bundle of `files` by the quick path, or null when esbuild must build it. The script has the
 * shape of esbuild's: one line that takes the runtime's names from `self.__asyncLab.lab`, then
 * main.ts's code on the lines it was written on (one lower), and an inline source map.
 */
export function quickBundle(files: SourceFiles, now: () => number = () => performance.now()): BundleResult | null {
  const started = now();
  const source = files['main.ts'];
  if (!takesQuickPath(files) || source === undefined || source.length > MAX_SOURCE) return null;
  if (NOT_ONLY_TYPES.some((pattern) => pattern.test(source))) return null;

  let code: string;
  let mappings: string;
  let program: Node;
  try {
    const result = transform(source, {
      transforms: ['typescript'],
      // Class fields, optional chaining and the rest stay as written, as esbuild's es2022 keeps them.
      disableESTransforms: true,
      filePath: 'main.ts',
      sourceMapOptions: { compiledFilename: 'main.js' },
      // Every import is checked below, as esbuild resolves each; the runtime's names are all values.
      keepUnusedImports: true,
    });
    code = result.code;
    mappings = result.sourceMap?.mappings ?? '';
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Node;
  } catch {
    return null; // a syntax error: esbuild says what it is
  }

  const bindings: string[] = [];
  const imported = new Set<string>();
  let body = code;
  for (const statement of program['body'] as Node[]) {
    if (statement.type.startsWith('Export')) return null;
    if (statement.type !== 'ImportDeclaration') continue;
    if ((statement['source'] as { value?: unknown }).value !== RUNTIME_MODULE) return null;
    for (const specifier of statement['specifiers'] as Node[]) {
      if (specifier.type !== 'ImportSpecifier') return null; // a default or namespace import
      const name = (specifier['imported'] as { name?: unknown }).name;
      const local = (specifier['local'] as { name: string }).name;
      if (typeof name !== 'string' || !RUNTIME_EXPORTS.includes(name)) return null;
      bindings.push(name === local ? name : `${name}: ${local}`);
      imported.add(local);
    }
    // The statement becomes blanks, so every other character keeps its line and column.
    const blank = code.slice(statement.start, statement.end).replace(/[^\n]/g, ' ');
    body = body.slice(0, statement.start) + blank + body.slice(statement.end);
  }
  if (imported.has('self') || needsEsbuild(program, imported)) return null;
  if (hasParameterProperties(source) && fieldOrderShows(program)) return null;

  const prelude = bindings.length > 0 ? `const { ${bindings.join(', ')} } = self.__asyncLab.lab;` : '';
  const map = {
    version: 3,
    file: 'main.js',
    sources: ['main.ts'],
    sourcesContent: [source],
    names: [],
    // The prelude's line maps to nothing; main.ts's lines follow it.
    mappings: `;${mappings}`,
  };
  return {
    ok: true,
    code: `${prelude}\n${body}\n//# sourceMappingURL=data:application/json;base64,${base64Json(map)}\n`,
    buildMs: now() - started,
  };
}
