/**
 * The engine's one door. Code outside src/engine/ imports from here only.
 * Everything behind it is framework-free: no Astro, no Monaco, no DOM rendering.
 */
export { createEngine, type Engine, type EngineDeps, type RunEvents, type RunRequest } from './engine';
export type { RunOutcome, FinalState } from './runner/sandbox-contract';
export type { Diagnostic, SourceFiles } from './bundler/bundle-types';
export type { Compiler } from './bundler/bundler-client';
export { createCodeStore, browserStorage, type CodeStore, type SaveResult } from './progress/saved-code';
export { createStudentStore, type RememberedStudent, type StudentStore } from './progress/student-store';
export { decodeShareHash, encodeShareHash, type SharedCode } from './share/share-link';
export type { CheckResult, TimelineSpan } from '../schemas/run-protocol';
export { formatMs } from './format-ms';
export { localeOf, type Locale } from './messages';
export {
  createProgressStore,
  type ImportResult,
  type ProgressSnapshot,
  type ProgressStore,
} from './progress/progress-store';
