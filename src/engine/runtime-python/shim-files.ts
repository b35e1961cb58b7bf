// The Python half of the shim, as text: written into the interpreter's site-packages at boot.
import aiohttp from './shim/aiohttp.py?raw';
import labCheck from './shim/lab_check.py?raw';
import labGate from './shim/lab_gate.py?raw';
import labLoop from './shim/lab_loop.py?raw';
import labMain from './shim/lab_main.py?raw';
import labSnapshot from './shim/lab_snapshot.py?raw';
import labThread from './shim/lab_thread.py?raw';
import labTraceback from './shim/lab_traceback.py?raw';
import requests from './shim/requests.py?raw';

/** File name → source, for site-packages. */
export const SHIM_FILES: Record<string, string> = {
  'lab_check.py': labCheck,
  'lab_gate.py': labGate,
  'lab_loop.py': labLoop,
  'lab_main.py': labMain,
  'lab_snapshot.py': labSnapshot,
  'lab_thread.py': labThread,
  'lab_traceback.py': labTraceback,
  'requests.py': requests,
  'aiohttp.py': aiohttp,
};
