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

export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Where the learner's module differs from the function body it becomes: esbuild must handle it.
 * (An assignment to an import is found with assignedNames, which quick-module.ts reads once.)
 */
export function needsEsbuild(program: Node): boolean {
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
        if (namesIn(node['id'] as Node).includes('self')) found = true;
        break;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
        if ((node['id'] as { name?: string } | null)?.name === 'self') found = true;
        break;
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

/**
 * The names a pattern binds or assigns: `x`, `[x, y]`, `{ a: x, ...r }`, `x = 1` (not the default's
 * names), none for a property (`sleep.x = 1`) or a declaration inside `for (const x of …)`.
 */
export function namesIn(pattern: Node): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern['name'] as string];
    case 'ObjectPattern':
      return (pattern['properties'] as Node[]).flatMap((p) => namesIn((p['value'] ?? p['argument']) as Node));
    case 'ArrayPattern':
      return (pattern['elements'] as (Node | null)[]).flatMap((e) => (e ? namesIn(e) : []));
    case 'RestElement':
      return namesIn(pattern['argument'] as Node);
    case 'AssignmentPattern':
      return namesIn(pattern['left'] as Node);
    default:
      return [];
  }
}

/**
 * Every name the module assigns to, anywhere (`x = …`, `x++`, `[x] = …`, `for (x of …)`). Shadowing
 * aside, which only errs on the side of esbuild: esbuild refuses an assignment to an import (its
 * message is the one to show), and an export assigned again is read live by a browser.
 */
export function assignedNames(program: Node): Set<string> {
  const assigned = new Set<string>();
  const visit = (node: Node): void => {
    const target =
      node.type === 'AssignmentExpression' || node.type === 'ForInStatement' || node.type === 'ForOfStatement'
        ? (node['left'] as Node)
        : node.type === 'UpdateExpression'
          ? (node['argument'] as Node)
          : undefined;
    if (target) for (const name of namesIn(target)) assigned.add(name);
    for (const [key, value] of Object.entries(node)) {
      if (key === 'type' || key === 'start' || key === 'end') continue;
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) visit(child);
      } else if (isNode(value)) visit(value);
    }
  };
  visit(program);
  return assigned;
}
