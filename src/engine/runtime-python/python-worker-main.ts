/**
 * Entry of the Python runtime script, compiled as a classic IIFE like the TypeScript one
 * (src/engine/runtime/worker-main.ts). The frame starts it as a Blob worker and posts PythonBoot.
 */
import { createPythonWorker, type PythonWorkerScope } from './python-worker';

// The project's type library is DOM, where `self` is a Window; here it is a worker's global scope.
createPythonWorker(self as unknown as PythonWorkerScope);
