/**
 * Vitest global setup: the page tests (notebooks, HTML report) need Debian's Chromium. On a fresh machine
 * `pnpm test` installs it (as root, with apt-get), so the README's test command works as written;
 * as another user it stops with the command to run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as CHROMIUM } from './browser.ts';

export default function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium is missing at ${CHROMIUM}; the page tests need it: sudo apt-get install -y chromium`);
  }
  process.stderr.write('Installing Debian chromium for the page tests (apt-get) ...\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
