const t0 = performance.now();
const at = () => `${Math.round(performance.now() - t0)} ms`;

type Job = (signal: AbortSignal) => Promise<unknown>;

/**
 * Like asyncio.TaskGroup: every job gets the group's signal; the first failure aborts it, and the
 * group settles only once every job has ended, rejecting with an AggregateError of the failures.
 */
async function taskGroup(body: (spawn: (job: Job) => void) => void): Promise<void> {
  const controller = new AbortController();
  const running: Promise<void>[] = [];
  const failures: unknown[] = [];
  body((job) => {
    const ended = job(controller.signal).then(
      () => undefined,
      (error: unknown) => {
        // A job that stops because the group aborted it is not one more failure.
        if (error !== controller.signal.reason) failures.push(error);
        controller.abort();
      },
    );
    running.push(ended);
  });
  await Promise.all(running); // never rejects: each one caught its error above
  if (failures.length > 0) throw new AggregateError(failures, `${failures.length} of ${running.length} failed`);
}

async function fetchPart(name: string, seconds: number, signal: AbortSignal, fails = false) {
  try {
    await fetch(`https://httpbin.org/delay/${seconds}`, { signal });
  } catch (error) {
    console.log(`${name}: ${(error as Error).name} at ${at()}`);
    throw error;
  }
  if (fails) throw new Error(`${name}: connection reset`);
}

try {
  await taskGroup((spawn) => {
    spawn((signal) => fetchPart('profile', 0.2, signal, true));
    spawn((signal) => fetchPart('orders', 0.6, signal));
    spawn((signal) => fetchPart('news', 1, signal));
  });
} catch (error) {
  const { errors } = error as AggregateError;
  console.log(`main: AggregateError [${errors.map(String).join(', ')}] at ${at()}`);
}
