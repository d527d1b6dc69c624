// Makes sure the end-to-end tests have a Chromium: Playwright's own build where the user has
// installed it, otherwise Debian's `chromium` package (installed here when missing, as root).
// Runs on the machine's own Node (any version >= 20), before anything else is guaranteed.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium-path.mjs';

const found = findChromium();
if (found) {
	console.log(`Chromium for tests: ${found}`);
	process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const sudo = !isRoot && existsSync('/usr/bin/sudo') ? ['sudo'] : [];
if (!existsSync('/usr/bin/apt-get') || (!isRoot && sudo.length === 0)) {
	console.error(
		'No Chromium found for the end-to-end tests. Install one of:\n' +
			'  npx playwright install chromium     (Playwright’s own build)\n' +
			'  sudo apt-get install -y chromium    (Debian/Ubuntu package)\n' +
			'or set CHROMIUM_PATH to a Chromium executable.',
	);
	process.exit(1);
}

console.log('No Chromium found; installing Debian’s chromium package…');
const run = (args) =>
	execFileSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: 'inherit' });
run(['apt-get', 'update', '-qq']);
run(['apt-get', 'install', '-y', '-qq', 'chromium']);
const installed = findChromium();
if (!installed) {
	console.error(
		'Installed the chromium package, but no executable was found at /usr/bin/chromium.',
	);
	process.exit(1);
}
console.log(`Chromium for tests: ${installed}`);
