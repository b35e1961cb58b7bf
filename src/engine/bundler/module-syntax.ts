import { parse } from 'acorn';
import { originalPositionFor, sourceContentFor } from '@jridgewell/trace-mapping';
import { readInlineMap } from '../runner/map-stack';
import type { Diagnostic } from './bundle-types';

/**
 * main.ts is a module, and in a module `await` is reserved everywhere: `function h(await) {}` is a
 * syntax error, even in a plain function. esbuild lets that through, and the worker runs the bundle
 * inside an async function of a classic script, where a nested plain function may use `await` as a
 * name, so the program would run where a module script refuses to load. acorn parses the bundle
 * as a module; its verdict is reported only for the rules esbuild does not enforce (the `await` and
 * `yield` keywords, reserved words), so a disagreement anywhere else can never show a false error.
 */
const MODULE_RULES = /\bawait\b|\byield\b|reserved/i;

interface AcornError {
  message: string;
  loc?: { line: number; column: number };
}

/** The module-only syntax error in `bundle` (esbuild's output, with its inline map), or null. */
export function moduleSyntaxProblem(bundle: string): Diagnostic | null {
  try {
    parse(bundle, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    return null;
  } catch (error) {
    const { message, loc } = error as AcornError;
    if (typeof message !== 'string' || !loc || !MODULE_RULES.test(message)) return null;
    const map = readInlineMap(bundle);
    const original = map ? originalPositionFor(map, { line: loc.line, column: loc.column }) : null;
    if (!map || !original?.source || original.line === null) return null;
    const file = original.source.replace(/^vfs:/, '').replace(/^.*\//, '');
    const lineText = sourceContentFor(map, original.source)?.split('\n')[original.line - 1] ?? '';
    // Acorn ends its messages with "(line:column)" in the bundle, which the learner never sees.
    const text = message.replace(/\s*\(\d+:\d+\)$/, '');
    const word = /'(\w+)'/.exec(text)?.[1] ?? '';
    const column = original.column + 1;
    return {
      file,
      line: original.line,
      column,
      endColumn: column + Math.max(1, word.length),
      message: text,
      lineText,
      kind: 'syntax',
    };
  }
}
