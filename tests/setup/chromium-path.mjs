import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Chromium the tests drive: $CHROMIUM_PATH, then Playwright's downloaded build, then the
 * system package. Returns undefined when there is none.
 * @returns {string | undefined}
 */
export function findChromium() {
	const candidates = [
		process.env.CHROMIUM_PATH,
		playwrightChromium(),
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
	];
	return candidates.find((path) => path && existsSync(path));
}

function playwrightChromium() {
	try {
		const { chromium } = createRequire(import.meta.url)('playwright-core');
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}
