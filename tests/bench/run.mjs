// Performance benchmark for the built article pages (run `npm run build` first):
// JavaScript weight, layout shift while loading and scrolling, and the longest main-thread
// task while scrolling top to bottom on a 390 × 844 phone at 4× CPU throttling, at four paces:
// a skim and swipes (each swipe catches the last fling: charts change once the page rests at
// the end), flicks (each fling runs out: charts change at once where the reader lands), and
// reading (slow drags, each followed by a pause in which the chart animates to the step the
// reader stopped at).
// Prints a table; exits 1 when a page breaks a budget. Not part of `npm test` (timing varies).
import { chromium } from 'playwright-core';
import { findChromium } from '../setup/chromium-path.mjs';
import { BUDGETS, measure } from '../budget/check-budget.mjs';
import { serveStatic } from '../setup/static-server.mjs';

const PORT = Number(process.env['BENCH_PORT'] ?? 4410);
const PAGES = ['/putin-and-the-hermit-kingdom/', '/kitchen-sink/'];
const LIMITS = { cls: 0, longestTaskMs: 50 };
/**
 * How the benchmark's reader moves. `swipe`: a quick 100 px touch swipe every `everyMs`, which
 * flings the page on (about 8 screens a second at 150 ms; each swipe catches the last fling).
 * With `pauseMs` instead, each fling runs out and the reader looks for `pauseMs` before the
 * next swipe (the chart changes at once where the page rests). `drag`: the finger pushes the
 * page `dragPx` at reading speed (about one screen a second), holds still so that nothing
 * flings, lets go and pauses `pauseMs` to read.
 */
const PACES = [
	{ name: 'skim', gesture: 'swipe', everyMs: 50 },
	{ name: 'swipes', gesture: 'swipe', everyMs: 150 },
	{ name: 'flicks', gesture: 'swipe', pauseMs: 400 },
	{ name: 'reading', gesture: 'drag', dragPx: 600, pauseMs: 800 },
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
			const result = await benchPage(path, pace);
			const jsKb = measure(`${path.slice(1)}index.html`).js / 1024;
			const ok =
				result.cls <= LIMITS.cls &&
				result.longestTaskMs <= LIMITS.longestTaskMs &&
				jsKb * 1024 <= BUDGETS.js;
			failed ||= !ok;
			console.log(
				`${path} (${pace.name}): JS ${jsKb.toFixed(1)} KB gz · CLS ${result.cls.toFixed(4)} · longest task while scrolling ${result.longestTaskMs > 0 ? `${result.longestTaskMs.toFixed(0)} ms` : 'under 50 ms'} (${result.longTasks} over 50 ms; ${result.scrolliesReached} scrollies driven, ${result.stepChanges} step changes, ${result.animated} animated) · ${ok ? 'ok' : 'OVER BUDGET'}`,
			);
		}
	}
} finally {
	await browser.close();
	await stopServer();
}
process.exit(failed ? 1 : 0);

async function benchPage(path, pace) {
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
		// Each long task (one over 50 ms) with the scroll position it came at, to find the part
		// of the page at fault.
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				if (w.benchScrolling) w.benchTasks.push({ ms: entry.duration, y: Math.round(scrollY) });
		}).observe({ type: 'longtask', buffered: true });
		// Each change of a live chart's step (its <desc> is rewritten), and whether it animates
		// (d3 has scheduled a transition on the <svg> by the time the observer runs).
		w.benchSteps = { changes: 0, animated: 0 };
		addEventListener('DOMContentLoaded', () => {
			for (const svg of document.querySelectorAll('.rd-scrolly__graphic svg.rd-chart')) {
				const desc = svg.querySelector('desc');
				if (!desc) continue;
				new MutationObserver(() => {
					if (!w.benchScrolling) return;
					w.benchSteps.changes += 1;
					if (Object.keys(svg.__transition ?? {}).length > 0) w.benchSteps.animated += 1;
				}).observe(desc, { childList: true, characterData: true, subtree: true });
			}
		});
	});
	await page.goto(`${base}${path}`, { waitUntil: 'load' });
	await page.evaluate(() => {
		/** @type {any} */ (window).benchScrolling = true;
	});
	// A reader on a phone, top to bottom. Input events scroll the page as a reader's do;
	// scrolling from a script would force a layout of its own on every call and bill it to the
	// page, and a mouse wheel would add hover updates a phone never has.
	const end = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
	const touch = (type, y) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: y === undefined ? [] : [{ x: 380, y }],
		});
	const start = Date.now();
	for (let gesture = 0, y = 0; y < end - 2 && gesture < 2000; gesture += 1) {
		if (pace.gesture === 'swipe') {
			await touch('touchStart', 700);
			await touch('touchMove', 650);
			await touch('touchMove', 600);
			await touch('touchEnd');
			if (pace.everyMs)
				await page.waitForTimeout(Math.max(0, start + (gesture + 1) * pace.everyMs - Date.now()));
			else {
				await untilAtRest(page);
				await page.waitForTimeout(pace.pauseMs);
			}
		} else {
			// 20 px every 20 ms, then 150 ms still before letting go.
			const from = 780;
			await touch('touchStart', from);
			for (let moved = 20; moved <= pace.dragPx; moved += 20) {
				await touch('touchMove', from - moved);
				await page.waitForTimeout(20);
			}
			await page.waitForTimeout(150);
			await touch('touchEnd');
			await page.waitForTimeout(pace.pauseMs);
		}
		if (!pace.everyMs || gesture % 5 === 4) y = await page.evaluate(() => scrollY);
	}
	await page.waitForTimeout(1000);
	const { cls, tasks, reachedEnd, steps, stepChanges } = await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		const root = document.documentElement;
		return {
			cls: w.benchCls,
			tasks: w.benchTasks,
			reachedEnd: scrollY + innerHeight >= root.scrollHeight - 2,
			steps: document.querySelectorAll('reader-scrolly[data-active-step]').length,
			stepChanges: w.benchSteps,
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
		stepChanges: stepChanges.changes,
		animated: stepChanges.animated,
	};
}

/** Waits until the page has held still for a tenth of a second (a fling has run out). */
async function untilAtRest(page) {
	for (let last = -1, tries = 0; tries < 200; tries += 1) {
		const y = await page.evaluate(() => scrollY);
		if (y === last) return;
		last = y;
		await page.waitForTimeout(100);
	}
}
