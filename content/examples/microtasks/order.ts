console.log('script starts');

setTimeout(() => console.log('setTimeout(…, 0) runs'), 0);

Promise.resolve().then(() => console.log('.then callback runs'));

queueMicrotask(() => console.log('queueMicrotask callback runs'));

async function worker() {
  console.log('worker runs up to its await');
  await Promise.resolve(); // already resolved, yet the rest of worker is queued as a microtask
  console.log('worker resumes after await');
}
void worker();

console.log('script ends');
