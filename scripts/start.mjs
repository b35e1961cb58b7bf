// `npm start`: build the course, then serve it and print where. For readers who just want the course.
import { spawnSync } from 'node:child_process';
import { serveSite } from './serve.mjs';

const base = process.env.BASE_PATH || '/';
const build = spawnSync('astro', ['build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = Number(process.env.PORT || 4321);
const site = await serveSite({ dir: 'dist', base, port, host: process.env.HOST || '127.0.0.1' }).catch((error) => {
  if (error?.code === 'EADDRINUSE') {
    console.error(`Port ${port} is in use. Try: PORT=4400 npm start`);
    process.exit(1);
  }
  throw error;
});
console.log(`\n  Async Lab is being served at ${site.url}\n  Press Ctrl+C to stop.\n`);
