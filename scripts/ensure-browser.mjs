// Makes sure Debian's Chromium is installed for the browser tests (Playwright's own browser
// downloads are not reachable here). Installs it with apt when running as root, otherwise says how.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  try {
    return execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8', shell: '/bin/sh' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

function hasKoreanFont() {
  try {
    return execSync('fc-list :lang=ko family', { encoding: 'utf8', shell: '/bin/sh' }).trim().length > 0;
  } catch {
    return false;
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
// Screenshots must show Hangul and emoji, not empty boxes: a bare Debian has no such fonts.
if (isMain && findChromium() && !hasKoreanFont() && typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log('Installing Korean and emoji fonts for the browser tests…');
  execSync('(apt-get install -y -qq fonts-nanum fonts-noto-color-emoji || (apt-get update -qq && apt-get install -y -qq fonts-nanum fonts-noto-color-emoji)) >/dev/null', { stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
if (isMain && !findChromium()) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root) {
    console.error('Chromium was not found. Install it with: sudo apt-get update && sudo apt-get install -y chromium');
    process.exit(1);
  }
  console.log('Chromium not found: installing Debian\'s chromium package (about a minute)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum fonts-noto-color-emoji >/dev/null', { stdio: 'inherit', shell: '/bin/sh' });
  if (!findChromium()) {
    console.error('apt-get finished but chromium is still missing.');
    process.exit(1);
  }
}
