import { describe, expect, it } from 'vitest';
import { ensureChromium, planInstall } from './system-deps.mjs';

const debianRoot = { platform: 'linux', debianLike: true, root: true, sudo: false };

describe('getting what npm test needs from the machine', () => {
  it('installs with apt-get on Debian as root, and through sudo when that needs no password', () => {
    const asRoot = planInstall(debianRoot, 'chromium', '');
    expect(asRoot.kind).toBe('install');
    expect(asRoot.kind === 'install' && asRoot.argv.join(' ')).toMatch(
      /^sh -c apt-get update .*apt-get install -y -qq chromium$/,
    );
    const viaSudo = planInstall({ ...debianRoot, root: false, sudo: true }, 'chromium', '');
    expect(viaSudo.kind === 'install' && viaSudo.argv[0]).toBe('sudo');
  });

  it('stops with the exact command elsewhere', () => {
    const noRights = planInstall({ ...debianRoot, root: false }, 'chromium', '`npx playwright install chromium`');
    expect(noRights).toEqual({
      kind: 'stop',
      message: 'run `sudo apt-get install chromium`, or `npx playwright install chromium`',
    });
    const mac = planInstall(
      { platform: 'darwin', debianLike: false, root: false, sudo: false },
      'chromium',
      '`npx playwright install chromium`',
    );
    expect(mac).toEqual({ kind: 'stop', message: 'run `npx playwright install chromium`' });
  });

  it('does nothing when a browser is found, and says how to get one when it cannot install', () => {
    expect(ensureChromium(() => '/usr/bin/chromium', debianRoot)).toBeNull();
    const mac = { platform: 'darwin', debianLike: false, root: false, sudo: false };
    const message = ensureChromium(() => {
      throw new Error('none');
    }, mac);
    expect(message).toBe(
      'No Chromium for the end-to-end tests: run `npx playwright install chromium` (or set CHROMIUM_PATH to a Chromium), then run npm test again.',
    );
  });
});
