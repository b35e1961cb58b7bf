import type { BundleResult, SourceFiles } from './bundle-types';

/** page → bundler worker */
export type ToBundler = { type: 'init'; wasmURL: string } | { type: 'build'; id: number; files: SourceFiles };

/** bundler worker → page */
export type FromBundler =
  | { type: 'ready'; initMs: number; warmMs: number }
  | { type: 'init-error'; message: string }
  | { type: 'result'; id: number; result: BundleResult };
