import { toThread } from 'async-lab';

function fun(a: number, b = 0, c = 0, d = 0): number {
  return a + b + c + d;
}

// Right: pass the function itself, then its arguments. toThread calls fun(1, 2, 3) in a worker.
console.log('toThread(fun, 1, 2, 3) =', await toThread(fun, 1, 2, 3));

// The notes' call: fun(1) runs first, here on the main thread, and toThread receives the number 1.
try {
  // @ts-expect-error -- TypeScript rejects this before it runs: 1 is not a function.
  await toThread(fun(1), 1, 2, 3);
} catch (error) {
  console.log('toThread(fun(1), 1, 2, 3) failed:', String(error));
}

// A thread cannot see the caller's variables, so pass everything it needs as arguments.
const words = ['to', 'thread'];
const joined = await toThread((list: string[], sep: string) => list.join(sep), words, '_');
console.log('joined:', joined);
