// `npm start`: build the course if its sources changed since the last build, then serve it and
// print where. For readers who just want the course, so it says little: the build's own log (a
// line per page) goes to .cache/build.log and is shown only when the build fails.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isBuildCurrent } from './build-stamp.mjs';
import { serveSite } from './serve.mjs';

const root = process.cwd();
const outDir = resolve(root, 'dist');
const logFile = join(root, '.cache', 'build.log');
const base = process.env.BASE_PATH || '/';
/** Lines of a failed build's log to show; the whole log stays in the file. */
const FAILURE_TAIL_LINES = 60;

/** Runs `astro build` with its output in `logFile`; resolves with its exit code (null: stopped by a signal). */
function build() {
  mkdirSync(join(root, '.cache'), { recursive: true });
  const log = createWriteStream(logFile);
  const child = spawn('astro', ['build'], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
  return new Promise((resolveCode) => {
    child.on('error', (error) => {
      log.end(`could not start astro: ${error.message}\n`, () => resolveCode(1));
    });
    child.on('close', (code) => log.end(() => resolveCode(code)));
  });
}

if (isBuildCurrent(root, outDir)) {
  console.log('async-lab: dist/ is up to date with the sources, not rebuilding');
} else {
  const started = Date.now();
  console.log('async-lab: building the course into dist/ (about a minute the first time; log in .cache/build.log)');
  const code = await build();
  if (code === null) {
    console.error('async-lab: build stopped; the next npm start builds again');
    process.exit(130);
  }
  if (code !== 0) {
    const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n');
    console.error(lines.slice(-FAILURE_TAIL_LINES).join('\n'));
    console.error(`\nasync-lab: the build failed (exit code ${code}); the whole log is in ${logFile}`);
    process.exit(code);
  }
  console.log(`async-lab: built in ${Math.round((Date.now() - started) / 1000)} s`);
}

const port = Number(process.env.PORT || 4321);
const site = await serveSite({ dir: 'dist', base, port, host: process.env.HOST || '127.0.0.1' }).catch((error) => {
  if (error?.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Try: PORT=4400 npm start`);
    process.exit(1);
  }
  throw error;
});
console.log(`\n  Async Lab is being served at ${site.url}\n  Press Ctrl+C to stop.\n`);
