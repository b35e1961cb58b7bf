/**
 * What the quick path (quick-module.ts) must leave to esbuild: the TypeScript that is more than
 * types, and the places where a module's code would run differently as the function body it
 * becomes. Each rule errs on the side of esbuild, which is only slower.
 */

/**
 * TypeScript that emits code of its own, where Sucrase and esbuild differ: a namespace (Sucrase
 * drops one whose members are values) and `import =`. A match in a comment or a string only sends
 * the code to esbuild. Parameter properties differ only in places (fieldOrderShows).
 */
export const NOT_ONLY_TYPES = [
  /\b(namespace|module)\s+[\w$'"]/,
  /\bdeclare\s+global\b/,
  /\bimport\s+(type\s+)?[\w$]+\s*=/,
];

const MODIFIER = /\b(public|private|protected|readonly|override)\b/;

/** Whether a constructor declares parameter properties (`constructor(private n: number)`). */
export function hasParameterProperties(source: string): boolean {
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
export function fieldOrderShows(program: Node): boolean {
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

export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** Where the learner's module differs from the function body it becomes: esbuild must handle it. */
export function needsEsbuild(program: Node, imported: Set<string>): boolean {
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

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Whether a pattern (`x`, `[x, y]`, `{ a: x }`, `x = 1`) binds one of `names`. */
export function assignsTo(pattern: Node, names: Set<string>): boolean {
  if (pattern.type === 'Identifier') return names.has(pattern['name'] as string);
  if (pattern.type === 'VariableDeclaration') return false; // `for (const x of …)` declares its own
  return Object.entries(pattern).some(([key, value]) => {
    if (key === 'key' && pattern.type === 'Property') return false;
    if (pattern.type === 'MemberExpression') return false; // `sleep.x = 1` assigns to a property
    const nodes = Array.isArray(value) ? value : [value];
    return nodes.some((child) => isNode(child) && assignsTo(child, names));
  });
}
