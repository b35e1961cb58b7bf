async function finished() {
  return 'value'; // returns at once: the promise is resolved before anyone awaits it
}

queueMicrotask(() => console.log('  a microtask runs'));
setTimeout(() => console.log('  a 0 ms timer runs'), 0);

console.log('await a resolved promise…');
await finished();
console.log('…back: the microtask ran first, the timer has not');

await new Promise((resolve) => setTimeout(resolve, 0)); // a macrotask: timers due by now go first
console.log('after awaiting a 0 ms timer');
