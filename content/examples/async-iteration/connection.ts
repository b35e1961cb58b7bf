import { sleep } from 'async-lab';

const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

interface Connection extends AsyncDisposable {
  name: string;
}

async function connect(name: string): Promise<Connection> {
  console.log(`${name}: connecting`);
  await sleep(100); // opening takes a round trip
  return {
    name: name.toUpperCase(),
    async [Symbol.asyncDispose]() {
      await sleep(100); // closing politely takes one too
      console.log(`${name}: closed at ${at()}`);
    },
  };
}

{
  await using conn = await connect('db'); // disposed when the block ends
  console.log(`using ${conn.name}`);
}

try {
  await using conn = await connect('failing');
  void conn;
  throw new Error('query failed'); // the block ends by throwing: disposed all the same
} catch (error) {
  console.log(`main: ${(error as Error).message} at ${at()}`);
}

console.log(`Symbol.asyncDispose is built in: ${typeof Symbol.asyncDispose === 'symbol'}`);
