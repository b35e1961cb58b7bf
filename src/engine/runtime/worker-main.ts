/**
 * Entry of the runtime script that runs next to the learner's code in the run's classic worker.
 * Compiled as a classic IIFE; evaluating it only defines `self.__asyncLab` (see async-lab-global.ts).
 * The blob is this script, then `self.__asyncLab.run(async function () { …learner bundle… });`.
 */
import { type AsyncLabGlobal, createAsyncLabGlobal } from './async-lab-global';

declare global {
  /** Set by this script, read by the learner bundle's "async-lab" module. */
  var __asyncLab: AsyncLabGlobal | undefined;
}

self.__asyncLab = createAsyncLabGlobal(self);
