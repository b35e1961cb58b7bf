import { parse } from 'acorn';
import { transform } from 'sucrase';
import { RUNTIME_EXPORTS, RUNTIME_MODULE, type SourceFiles } from './bundle-types';
import { CHECK_EXPORTS, CHECK_MODULE, CHECKS_FILE } from './check-module';
import {
  assignedNames,
  fieldOrderShows,
  hasParameterProperties,
  namesIn,
  needsEsbuild,
  type Node,
  NOT_ONLY_TYPES,
} from './needs-esbuild';
import { resolveImport } from './virtual-fs';

/**
 * One file of the quick path (quick-bundle.ts): its TypeScript turned into JavaScript by Sucrase,
 * which strips types and keeps every line where it was, then parsed by acorn as the module it is,
 * and read for what it imports and exports. Its imports and `export` keywords become blanks, so
 * every other character keeps its line and column and Sucrase's source map stays true. Whatever it
 * is not sure to run as a module does, it leaves to esbuild by returning null.
 */

/** An import of one file: where from, and which names it binds to which local names. */
export interface ModuleImport {
  /** A file of the playground, RUNTIME_MODULE or CHECK_MODULE. */
  from: string;
  /** [imported, local] pairs; `*` as the imported name binds the whole namespace. */
  names: [string, string][];
}

export interface QuickModule {
  file: string;
  source: string;
  /** The module's JavaScript, lines as written, imports and `export` keywords blanked. */
  code: string;
  /** Sucrase's source map of `code` to `source` (VLQ mappings). */
  mappings: string;
  imports: ModuleImport[];
  /** [exported, local] pairs. */
  exports: [string, string][];
  /** Exported names whose binding the module assigns to again (`export let n`; `n++`). */
  reassigned: Set<string>;
}

/** What the bundle itself declares; a learner's name like it would be shadowed or shadow it. */
export const RESERVED_PREFIX = '__quick';

/** The names a top-level declaration binds: a function, a class, or each of a `const`'s patterns. */
function declaredNames(declaration: Node): string[] {
  if (declaration.type === 'VariableDeclaration')
    return (declaration['declarations'] as Node[]).flatMap((d) => namesIn(d['id'] as Node));
  const id = declaration['id'] as Node | null;
  return id ? namesIn(id) : [];
}

/** `text` with [start, end) turned to spaces, line breaks kept. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + text.slice(end);
}

/**
 * `file` of `files` as a quick-path module, or null where esbuild must build it: a syntax error
 * (esbuild's message is the one the course shows), TypeScript that is more than types, an import
 * esbuild would refuse or resolve otherwise, an export other than a declaration or a local list.
 */
export function quickModule(files: SourceFiles, file: string): QuickModule | null {
  const source = files[file];
  if (source === undefined || source.includes(RESERVED_PREFIX)) return null;
  if (NOT_ONLY_TYPES.some((pattern) => pattern.test(source))) return null;

  let code: string;
  let mappings: string;
  let program: Node;
  try {
    const result = transform(source, {
      transforms: ['typescript'],
      // Class fields, optional chaining and the rest stay as written, as esbuild's es2022 keeps them.
      disableESTransforms: true,
      filePath: file,
      sourceMapOptions: { compiledFilename: file.replace(/\.ts$/, '.js') },
      // Every import is checked below, as esbuild resolves each; the runtime's names are all values.
      keepUnusedImports: true,
    });
    code = result.code;
    mappings = result.sourceMap?.mappings ?? '';
    program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Node;
  } catch {
    return null;
  }

  const imports: ModuleImport[] = [];
  const exports: [string, string][] = [];
  const imported = new Set<string>();
  let body = code;
  for (const statement of program['body'] as Node[]) {
    if (statement.type === 'ImportDeclaration') {
      const from = importedFrom(files, file, (statement['source'] as { value?: unknown }).value);
      if (from === null) return null;
      const names: [string, string][] = [];
      for (const specifier of statement['specifiers'] as Node[]) {
        const local = (specifier['local'] as { name: string }).name;
        if (specifier.type === 'ImportNamespaceSpecifier' && from !== RUNTIME_MODULE && from !== CHECK_MODULE)
          names.push(['*', local]);
        else if (specifier.type !== 'ImportSpecifier')
          return null; // a default import, a namespace of ours
        else {
          const name = (specifier['imported'] as { name?: unknown }).name;
          if (typeof name !== 'string') return null;
          if (from === RUNTIME_MODULE && !RUNTIME_EXPORTS.includes(name)) return null;
          if (from === CHECK_MODULE && !CHECK_EXPORTS.includes(name)) return null;
          names.push([name, local]);
        }
        imported.add(local);
      }
      imports.push({ from, names });
      body = blank(body, statement.start, statement.end);
    } else if (statement.type === 'ExportNamedDeclaration' && !statement['source']) {
      const declaration = statement['declaration'] as Node | null;
      if (declaration) {
        for (const name of declaredNames(declaration)) exports.push([name, name]);
        body = blank(body, statement.start, declaration.start); // the `export` keyword
      } else {
        for (const specifier of statement['specifiers'] as Node[]) {
          const local = (specifier['local'] as { name?: unknown }).name;
          const name = (specifier['exported'] as { name?: unknown }).name;
          if (typeof local !== 'string' || typeof name !== 'string') return null;
          exports.push([name, local]);
        }
        body = blank(body, statement.start, statement.end);
      }
    } else if (statement.type.startsWith('Export')) {
      return null; // a default export, or one from another module
    }
  }
  if (imported.has('self') || needsEsbuild(program)) return null;
  if (hasParameterProperties(source) && fieldOrderShows(program)) return null;
  const assigned = assignedNames(program);
  if ([...imported].some((local) => assigned.has(local))) return null;

  const reassigned = new Set(exports.filter(([, local]) => assigned.has(local)).map(([name]) => name));
  return { file, source, code: body, mappings, imports, exports, reassigned };
}

/**
 * What an import names, as esbuild's resolver would find it: the runtime, the checks' module (for
 * checks.ts only), or another file of the playground other than main.ts and checks.ts. Null for
 * anything else: esbuild then says why it cannot be imported.
 */
function importedFrom(files: SourceFiles, importer: string, specifier: unknown): string | null {
  if (typeof specifier !== 'string') return null;
  if (specifier === CHECK_MODULE) return importer === CHECKS_FILE ? CHECK_MODULE : null;
  const resolved = resolveImport(specifier, files, importer);
  if ('error' in resolved) return null;
  const { path } = resolved;
  if (path === RUNTIME_MODULE) return path;
  return Object.hasOwn(files, path) && path !== CHECKS_FILE && path !== 'main.ts' ? path : null;
}
