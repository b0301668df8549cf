#!/usr/bin/env node
// Finds a Chromium/Chrome for Karma and Playwright. On Debian, as root, it installs
// Debian's chromium package itself; otherwise it says in one line how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_BIN,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(found);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.error('Chromium not found: installing Debian package "chromium" …');
  execFileSync('apt-get', ['update', '-qq'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (existsSync('/usr/bin/chromium')) {
    console.log('/usr/bin/chromium');
    process.exit(0);
  }
}
console.error(
  'No Chromium/Chrome found: install one (Debian/Ubuntu: "sudo apt-get install chromium") or set CHROME_BIN to its path.',
);
process.exit(1);
