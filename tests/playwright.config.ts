import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './setup/chromium-path.mjs';

// E2E_PORT lets two checkouts on one machine run their suites side by side.
const PORT = Number(process.env['E2E_PORT'] ?? 4399);
// A second origin for the same build (localhost vs 127.0.0.1), for cross-origin embed tests.
export const baseURL = `http://localhost:${PORT}`;

const executablePath = findChromium();

export default defineConfig({
	outputDir: '../test-results',
	forbidOnly: !!process.env['CI'],
	retries: process.env['CI'] ? 1 : 0,
	workers: process.env['CI'] ? 1 : 2,
	reporter: process.env['CI'] ? [['list']] : [['list']],
	use: {
		baseURL,
		trace: 'on-first-retry',
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
			],
		},
	},
	projects: [
		// The engine's behaviour, on the kitchen-sink fixture.
		{ name: 'engine', testDir: './e2e', use: { ...devices['Desktop Chrome'] } },
		// What the essay's own page shows (its parts, notes, accessibility).
		{ name: 'content', testDir: './content/e2e', use: { ...devices['Desktop Chrome'] } },
	],
	webServer: {
		command: `npx astro preview --port ${PORT} --host 127.0.0.1`,
		cwd: '..',
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
