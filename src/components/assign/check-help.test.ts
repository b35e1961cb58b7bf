import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../i18n/ui';
import { CHECK_HELP, type HelpEntry } from './check-help';

/**
 * The builder's checks help must describe the API that exists: every name it documents, every
 * field it lists and every `ctx.` member its examples read is parsed out of the API's own source,
 * and the TypeScript examples are compiled against async-lab.d.ts.
 */
const DTS_PATH = 'src/engine/runtime/async-lab.d.ts';
const dts = readFileSync(DTS_PATH, 'utf8');
const py = readFileSync('src/engine/runtime-python/shim/lab_check.py', 'utf8');

/** The body of `declare module 'async-lab/check' { … }`. */
const checkModule = /declare module 'async-lab\/check' \{([\s\S]*)\n\}/.exec(dts)?.[1] ?? '';

/** Members of one interface of that module (properties and methods). */
function tsMembers(name: string): Set<string> {
  const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n  \\}`).exec(checkModule)?.[1] ?? '';
  return new Set([...body.matchAll(/^ {4}(?:readonly )?(\w+)[?(<:]/gm)].map((m) => m[1] ?? ''));
}

const tsApi = {
  top: new Set([...checkModule.matchAll(/export (?:function|interface) (\w+)/g)].map((m) => m[1] ?? '')),
  ctx: tsMembers('CheckContext'),
  fields: (type: string) => tsMembers(type),
};

/** Python: module-level functions, Context's methods and attributes, namedtuples' fields. */
const contextBody = /class Context:([\s\S]*?)\n {4}return Context/.exec(py)?.[1] ?? '';
const pyApi = {
  top: new Set([...py.matchAll(/^def ([a-z]\w*)\(/gm)].map((m) => m[1] ?? '')),
  ctx: new Set([
    ...[...contextBody.matchAll(/^ {8}def ([a-z]\w*)\(/gm)].map((m) => m[1] ?? ''),
    ...[...contextBody.matchAll(/self\.([a-z]\w*) =/g)].map((m) => m[1] ?? ''),
  ]),
  fields: (type: string) =>
    new Set(new RegExp(`^${type} = namedtuple\\("${type}", "([^"]+)"\\)`, 'm').exec(py)?.[1]?.split(' ') ?? []),
};

/** What an entry claims exists: its names, its fields, and what its example imports and reads from ctx. */
function claims(entry: HelpEntry, module: string) {
  const importLine = new RegExp(`import \\{([^}]*)\\} from '${module}'|from ${module} import (.+)`).exec(entry.example);
  const imported = (importLine?.[1] ?? importLine?.[2] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const read = [...entry.example.matchAll(/\bctx\.(\w+)/g)].map((m) => `ctx.${m[1] ?? ''}`);
  return { names: [...entry.names, ...read], imported };
}

describe.each([
  { language: 'typescript' as const, api: tsApi, module: 'async-lab/check' },
  { language: 'python' as const, api: pyApi, module: 'lab_check' },
])('the $language checks help', ({ language, api, module }) => {
  it('parses the API it is checked against', () => {
    expect(api.top.has('check')).toBe(true);
    expect(api.ctx.size).toBeGreaterThan(5);
  });

  it.each(CHECK_HELP[language].map((entry) => [entry.text, entry] as const))(
    '%s names only what the API defines',
    (_, entry) => {
      const { names, imported } = claims(entry, module);
      for (const name of names) {
        const [head, member] = name.split('.');
        if (member === undefined) expect(api.top, name).toContain(head);
        else expect(api.ctx, name).toContain(member);
      }
      for (const name of imported) expect(api.top, `imported ${name}`).toContain(name);
      if (entry.fields) {
        const declared = api.fields(entry.fields.type);
        expect(declared.size, entry.fields.type).toBeGreaterThan(0);
        for (const field of entry.fields.names) expect(declared, `${entry.fields.type}.${field}`).toContain(field);
      }
    },
  );

  it('covers check, ctx.exports, ctx.time, the logged lines, the requests and the timers', () => {
    const documented = new Set(CHECK_HELP[language].flatMap((e) => e.names));
    for (const name of ['check', 'ctx.exports', 'ctx.time', 'ctx.logs', 'ctx.requests'])
      expect(documented).toContain(name);
    expect(documented.has('ctx.spans') || documented.has('ctx.sleeps')).toBe(true);
  });

  it('explains every entry in both languages', () => {
    for (const locale of ['zh-cn', 'en'] as const) {
      const t = useTranslations(locale);
      for (const { text } of CHECK_HELP[language]) expect(t(text as never), `${locale} ${text}`).not.toBe(text);
    }
  });
});

describe('the TypeScript examples', () => {
  it('compile against async-lab.d.ts under strict settings', { timeout: 60_000 }, () => {
    const source = CHECK_HELP.typescript.map((e) => e.example).join('\n\n');
    const files = new Map([
      ['/checks.ts', `${source}\nexport {};\n`],
      ['/async-lab.d.ts', dts],
    ]);
    const options: ts.CompilerOptions = {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2023,
      lib: ['lib.es2023.d.ts'],
      module: ts.ModuleKind.ESNext,
      types: [],
    };
    const host = ts.createCompilerHost(options);
    const read = host.readFile.bind(host);
    const exists = host.fileExists.bind(host);
    host.readFile = (name) => files.get(name) ?? read(name);
    host.fileExists = (name) => files.has(name) || exists(name);
    host.getSourceFile = (name, version) => {
      const text = host.readFile(name);
      return text === undefined ? undefined : ts.createSourceFile(name, text, version);
    };
    const program = ts.createProgram(['/checks.ts', '/async-lab.d.ts'], options, host);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(problems).toEqual([]);
  });
});

const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : undefined;

describe.skipIf(!python)('the Python examples', () => {
  it('load in lab_check and register their checks', { timeout: 30_000 }, () => {
    const driver = String.raw`
import sys, time, types
sys.path.insert(0, "src/engine/runtime-python/shim")
js = types.ModuleType("_lab_js")
js.clock = lambda: time.perf_counter() * 1000
sys.modules["_lab_js"] = js
sys.modules["__main__"] = types.ModuleType("__main__")
import lab_check
print(lab_check.load(sys.stdin.read()))
`;
    const source = CHECK_HELP.python.map((e) => e.example).join('\n\n\n');
    const names = JSON.parse(
      execFileSync(python ?? 'python3', ['-c', driver], { input: source }).toString(),
    ) as string[];
    expect(names).toHaveLength(CHECK_HELP.python.length);
  });
});
