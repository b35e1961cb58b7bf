/**
 * Entry of the runtime script that runs next to the learner's code in the run's classic worker.
 * Compiled as a classic IIFE; evaluating it only defines `self.__asyncLab` (see async-lab-global.ts).
 * The learner's script, `self.__asyncLab.run(async function () { …learner bundle… });`, either
 * follows it in the same blob or arrives later, when the worker was started ahead as a spare.
 */
import { type AsyncLabGlobal, createAsyncLabGlobal, type RuntimeScope } from './async-lab-global';

declare global {
  /** Set by this script, read by the learner bundle's "async-lab" module. */
  var __asyncLab: AsyncLabGlobal | undefined;
}

// The project's type library is DOM, where `self` is a Window; here it is a worker's global scope.
self.__asyncLab = createAsyncLabGlobal(self as unknown as RuntimeScope);
