// Performance benchmark for the built article pages (run `npm run build` first):
// JavaScript weight, layout shift while loading and scrolling, and the longest main-thread
// task while scrolling top to bottom on a 390 × 844 phone at 4× CPU throttling, at two paces:
// a skim (flicks: charts change at once where the reader lands) and reading (steps cross the
// trigger line one by one and the charts animate).
// Prints a table; exits 1 when a page breaks a budget. Not part of `npm test` (timing varies).
import { chromium } from 'playwright-core';
import { findChromium } from '../setup/chromium-path.mjs';
import { BUDGETS, measure } from '../budget/check-budget.mjs';
import { serveStatic } from '../setup/static-server.mjs';

const PORT = 4410;
const PAGES = ['/putin-and-the-hermit-kingdom/', '/kitchen-sink/'];
const LIMITS = { cls: 0, longestTaskMs: 50 };
/** Swipes of 100 px every `swipeMs`; each is a touch drag that may end in a short fling. */
const PACES = [
	{ name: 'skim', swipeMs: 50 },
	{ name: 'reading', swipeMs: 150 },
];

const stopServer = await serveStatic(new URL('../../dist/', import.meta.url).pathname, PORT);
const base = `http://127.0.0.1:${PORT}`;

const browser = await chromium.launch({
	executablePath: findChromium(),
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
	],
});
let failed = false;
try {
	for (const path of PAGES) {
		for (const pace of PACES) {
			const result = await benchPage(path, pace.swipeMs);
			const jsKb = measure(`${path.slice(1)}index.html`).js / 1024;
			const ok =
				result.cls <= LIMITS.cls &&
				result.longestTaskMs <= LIMITS.longestTaskMs &&
				jsKb * 1024 <= BUDGETS.js;
			failed ||= !ok;
			console.log(
				`${path} (${pace.name}): JS ${jsKb.toFixed(1)} KB gz · CLS ${result.cls.toFixed(4)} · longest task while scrolling ${result.longestTaskMs.toFixed(0)} ms (${result.longTasks} over 50 ms, ${result.scrolliesReached} scrollies driven) · ${ok ? 'ok' : 'OVER BUDGET'}`,
			);
		}
	}
} finally {
	await browser.close();
	await stopServer();
}
process.exit(failed ? 1 : 0);

async function benchPage(path, swipeMs) {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 3,
		isMobile: true,
		hasTouch: true,
	});
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await page.addInitScript(() => {
		const w = /** @type {any} */ (window);
		w.benchCls = 0;
		w.benchTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) if (!entry.hadRecentInput) w.benchCls += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
		// Each long task with the scroll position it came at, to find the part of the page at fault.
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				if (w.benchScrolling) w.benchTasks.push({ ms: entry.duration, y: Math.round(scrollY) });
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`${base}${path}`, { waitUntil: 'load' });
	await page.evaluate(() => {
		/** @type {any} */ (window).benchScrolling = true;
	});
	// A reader on a phone: a 100 px swipe every `swipeMs`, top to bottom. Input events scroll the
	// page as a reader's do; scrolling from a script would force a layout of its own on every
	// call and bill it to the page, and a mouse wheel would add hover updates a phone never has.
	const end = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
	const touch = (type, y) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: y === undefined ? [] : [{ x: 380, y }],
		});
	const start = Date.now();
	for (let swipe = 0, y = 0; y < end - 2 && swipe < 2000; swipe += 1) {
		await touch('touchStart', 700);
		await touch('touchMove', 650);
		await touch('touchMove', 600);
		await touch('touchEnd');
		if (swipe % 5 === 4) y = await page.evaluate(() => scrollY);
		await page.waitForTimeout(Math.max(0, start + (swipe + 1) * swipeMs - Date.now()));
	}
	await page.waitForTimeout(1000);
	const { cls, tasks, reachedEnd, steps } = await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		const root = document.documentElement;
		return {
			cls: w.benchCls,
			tasks: w.benchTasks,
			reachedEnd: scrollY + innerHeight >= root.scrollHeight - 2,
			steps: document.querySelectorAll('reader-scrolly[data-active-step]').length,
		};
	});
	if (!reachedEnd)
		throw new Error(`${path}: the benchmark's scroll did not reach the end of the page`);
	await context.close();
	const over = tasks.filter((t) => t.ms > LIMITS.longestTaskMs);
	for (const { ms, y } of over) console.log(`  ${path}: ${Math.round(ms)} ms task at scrollY ${y}`);
	return {
		cls,
		longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
		longTasks: over.length,
		scrolliesReached: steps,
	};
}
