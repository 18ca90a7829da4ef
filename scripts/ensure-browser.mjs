// Makes sure a Chromium is there for the browser tests. In order: CHROMIUM_PATH, Debian's chromium
// (installed with apt-get when running as root on a Debian-like system), else Playwright's own
// Chromium download (`npx playwright install chromium`) for macOS, non-root users and Ubuntu,
// whose chromium package is a snap that Playwright cannot drive. It says which one it uses.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';

/** A snap wrapper (Ubuntu's chromium-browser) launches through snapd, which Playwright cannot drive. */
function isSnap(path) {
  try {
    if (realpathSync(path).includes('/snap/')) return true;
    const head = readFileSync(path, { encoding: 'latin1' }).slice(0, 2000);
    return head.startsWith('#!') && head.includes('snap');
  } catch {
    return false;
  }
}

/** The system Chromium to use, or undefined (then Playwright uses its own download). */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate) && !isSnap(candidate)) return candidate;
  }
  try {
    const found = execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8', shell: '/bin/sh' }).trim();
    return found && !isSnap(found) ? found : undefined;
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

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = process.platform === 'linux' && existsSync('/usr/bin/apt-get');

function run(command) {
  execSync(command, { stdio: 'inherit', shell: '/bin/sh', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Playwright's own Chromium: works without root and on macOS; needs the network once. */
function playwrightChromium() {
  console.log('No usable system Chromium (and apt-get cannot be used here): downloading Playwright\'s own Chromium with `npx playwright install chromium`…');
  try {
    run('npx playwright install chromium');
  } catch {
    console.error('Could not install a browser. Install Chromium yourself and point CHROMIUM_PATH at it, e.g.\n  CHROMIUM_PATH=/path/to/chromium npm test');
    process.exit(1);
  }
}

/**
 * Where the browser comes from: 'system' (found), 'apt' (Debian's package, as root with apt-get),
 * or 'playwright' (Playwright's download: macOS, no root, no apt, or apt failed).
 * @param {{ found: boolean, isRoot: boolean, hasApt: boolean }} machine
 */
export function browserPlan({ found, isRoot, hasApt }) {
  if (found) return 'system';
  return isRoot && hasApt ? 'apt' : 'playwright';
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  if (process.env.CHROMIUM_PATH && !findChromium()) {
    console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
    process.exit(1);
  }
  let chromium = findChromium();
  if (browserPlan({ found: Boolean(chromium), isRoot, hasApt }) === 'apt') {
    console.log('Chromium not found: installing Debian\'s chromium package (about a minute)…');
    try {
      run('apt-get update -qq && apt-get install -y -qq chromium fonts-nanum fonts-noto-color-emoji >/dev/null');
    } catch {
      console.log('apt-get could not install chromium.');
    }
    chromium = findChromium();
  }
  if (chromium) {
    // Screenshots must show Hangul and emoji, not empty boxes: a bare Debian has no such fonts.
    if (!hasKoreanFont() && isRoot && hasApt) {
      console.log('Installing Korean and emoji fonts for the browser tests…');
      run('(apt-get install -y -qq fonts-nanum fonts-noto-color-emoji || (apt-get update -qq && apt-get install -y -qq fonts-nanum fonts-noto-color-emoji)) >/dev/null');
    }
  } else playwrightChromium();
}
