import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The headless shell first: it is the browser without its window and its GPU process, what
 * Playwright itself runs headless, and it loads a page in about half the time of the full
 * browser's new headless mode (the browser tests run about 40 % faster on two cores).
 */
const SYSTEM_CHROMIUMS = [
	'/usr/lib/chromium/chromium-headless-shell',
	'/usr/bin/chromium-headless-shell',
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
];

/**
 * Finds a Chromium for the browser tests, in this order: CHROMIUM_PATH, a browser that
 * Playwright manages, the system's headless shell or Chromium, and, when running as root on
 * Debian or Ubuntu, the headless shell (else Chromium) installed with apt-get. Returns
 * undefined to mean "Playwright's own". Throws with the command to run when none can be
 * had: the browser tests never skip.
 */
export function resolveChromium(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
	}
	try {
		if (existsSync(chromium.executablePath())) return undefined;
	} catch {
		// Playwright has no managed browser for this platform; look further.
	}
	const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
	if (system) return system;

	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('No Chromium found: installing Debian’s chromium-headless-shell (or chromium) with apt-get…');
		execSync('apt-get update -qq && (apt-get install -y -qq chromium-headless-shell || apt-get install -y -qq chromium)', {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
		const installed = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
		if (installed) return installed;
	}
	throw new Error(
		[
			'No Chromium for the browser tests. Install one of:',
			'  npx playwright install chromium          (where downloads are allowed)',
			'  sudo apt-get install chromium-headless-shell   (Debian; or chromium)',
			'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
		].join('\n'),
	);
}

/** Flags that keep a system Chromium from calling Google's services on a closed network. */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	'--disable-gpu',
];
