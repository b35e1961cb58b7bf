// What `npm test` needs from the machine beyond node_modules: a Chromium for the e2e suite and the
// bench, and nginx for the deploy-config spec (optional: without it that spec skips, and the summary
// line counts and names the skip). `npm test` calls this before any slow step, and .ci/run has no
// set-up of its own, so the README's command and CI take the same path.
//
// Installing is only attempted where it is the machine's own package manager doing a routine job:
// Debian or Ubuntu, as root or with passwordless sudo. Anywhere else we stop at once with the exact
// command to run, rather than after ten minutes of type checks and builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/**
 * @typedef {{ platform: string, debianLike: boolean, root: boolean, sudo: boolean }} Machine
 * @typedef {{ kind: 'install', argv: string[], line: string } | { kind: 'stop', message: string }} Plan
 */

/** @returns {Machine} */
export function describeMachine() {
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const debianLike = existsSync('/etc/debian_version') || /^ID(_LIKE)?=.*\b(debian|ubuntu)\b/m.test(osRelease);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !root && debianLike && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  return { platform: process.platform, debianLike, root, sudo };
}

/**
 * How to get a missing Debian package onto this machine: install it, or stop and say how.
 * @param {Machine} machine
 * @param {string} pkg the Debian package
 * @param {string} elsewhere what to tell a machine that cannot install it this way
 * @returns {Plan}
 */
export function planInstall(machine, pkg, elsewhere) {
  if (machine.platform === 'linux' && machine.debianLike && (machine.root || machine.sudo)) {
    const apt = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`;
    const argv = machine.root ? ['sh', '-c', apt] : ['sudo', 'sh', '-c', apt];
    return {
      kind: 'install',
      argv,
      line: `npm test: no ${pkg} on this machine; installing Debian's package (apt-get install ${pkg})`,
    };
  }
  if (machine.platform === 'linux' && machine.debianLike)
    return { kind: 'stop', message: `run \`sudo apt-get install ${pkg}\`${elsewhere ? `, or ${elsewhere}` : ''}` };
  return { kind: 'stop', message: elsewhere ? `run ${elsewhere}` : `install ${pkg}` };
}

/** @param {string} command */
function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** @param {Plan & { kind: 'install' }} plan */
function install(plan) {
  console.log(plan.line);
  return spawnSync(plan.argv[0], plan.argv.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
}

/**
 * Makes sure a Chromium can be found; returns an error message when there is none and none could be
 * installed.
 * @param {() => string} findChromium throws when there is no browser (e2e/support/chromium.ts)
 * @param {Machine} [machine]
 * @returns {string | null}
 */
export function ensureChromium(findChromium, machine = describeMachine()) {
  try {
    findChromium();
    return null;
  } catch {
    // Fall through: no browser yet.
  }
  const plan = planInstall(
    machine,
    'chromium',
    '`npx playwright install chromium` (or set CHROMIUM_PATH to a Chromium)',
  );
  if (plan.kind === 'stop') return `No Chromium for the end-to-end tests: ${plan.message}, then run npm test again.`;
  if (!install(plan)) return 'No Chromium for the end-to-end tests: `apt-get install chromium` failed (see above).';
  try {
    findChromium();
    return null;
  } catch (error) {
    return String(error instanceof Error ? error.message : error);
  }
}

/**
 * Installs nginx where that is routine; elsewhere says in one line that its spec will skip.
 * @param {Machine} [machine]
 */
export function ensureNginx(machine = describeMachine()) {
  if (onPath('nginx') || existsSync('/usr/sbin/nginx')) return;
  const plan = planInstall(machine, 'nginx', '');
  if (plan.kind === 'install' && install(plan)) return;
  console.log(
    `npm test: no nginx, so e2e/nginx.spec.ts will skip (to check deploy/nginx.conf, ${plan.kind === 'stop' ? plan.message : 'install nginx'})`,
  );
}
