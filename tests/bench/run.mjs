// Performance benchmark for the built article pages (run `npm run build` first), on a
// 390 × 844 phone at 4× CPU throttling, each page beside the kitchen sink.
//
// Load: the median of 5 cold loads (`--runs N`) of each page: total blocking time from the first
// paint until the page has been quiet for 2 s after `load`, largest contentful paint, layout
// shift, the bytes sent by type (the server gzips text as a host would), the article's HTML
// gzipped, and, from one traced load more, the layouts and style recalculations a script forced
// (with the script lines that forced them).
//
// Scroll: JavaScript weight, layout shift while loading and scrolling, and the longest main-thread
// task while scrolling top to bottom at four paces: a skim and swipes (each swipe catches the
// last fling: charts change once the page rests at the end), flicks (each fling runs out: charts
// change at once where the reader lands), and reading (slow drags, each followed by a pause in
// which the chart animates to the step the reader stopped at).
//
// `--load` or `--scroll` runs one half. `--against <dir>` measures another build (say, dist/ of
// the commit before a change, copied aside) in turn with this one, load by load and pace by pace,
// so both see the same noise on a shared machine. `--trace-scroll` adds the main thread's CPU
// time by kind while scrolling (tracing slows the page a little: compare such runs only with
// each other). `--pace <name>` runs one pace.
// Prints a table; exits 1 when a page breaks a budget. Not part of `npm test` (timing varies).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium } from '../setup/chromium-path.mjs';
import { BUDGETS, measure } from '../budget/check-budget.mjs';
import { serveStatic } from '../setup/static-server.mjs';

const { values: options } = parseArgs({
	options: {
		load: { type: 'boolean', default: false },
		scroll: { type: 'boolean', default: false },
		runs: { type: 'string', default: '5' },
		against: { type: 'string' },
		'trace-scroll': { type: 'boolean', default: false },
		pace: { type: 'string' },
	},
});
const PORT = Number(process.env['BENCH_PORT'] ?? 4410);
const PAGES = ['/putin-and-the-hermit-kingdom/', '/kitchen-sink/'];
const LIMITS = { cls: 0, longestTaskMs: 50, loadTbtMs: 100, loadKiB: 200 };
/** Script names whose time contains a layout they force (by trace event name). */
const SCRIPT_EVENTS = new Set([
	'EvaluateScript',
	'v8.evaluateModule',
	'FunctionCall',
	'v8.callFunction',
	'TimerFire',
	'FireAnimationFrame',
	'EventDispatch',
	'RunMicrotasks',
]);
/** Main-thread work by kind: trace event names whose times are summed. */
const WORK = {
	parse: ['ParseHTML'],
	style: ['UpdateLayoutTree'],
	layout: ['Layout'],
	paint: ['PrePaint', 'Paint', 'Layerize'],
};
const LOAD_RUNS = Number(options.runs);
const KiB = 1024;
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
const PHONE = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 3,
	isMobile: true,
	hasTouch: true,
};

const builds = [{ label: '', dir: new URL('../../dist/', import.meta.url).pathname, port: PORT }];
if (options.against)
	builds.push({ label: ' [against]', dir: `${resolve(options.against)}/`, port: PORT + 1 });
const stops = await Promise.all(builds.map((b) => serveStatic(b.dir, b.port)));

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
	const both = !options.load && !options.scroll;
	if (options.load || both) {
		for (const path of PAGES) {
			const runs = builds.map(() => []);
			const traced = builds.map(() => []);
			for (let i = 0; i < LOAD_RUNS; i += 1)
				for (const [b, build] of builds.entries()) {
					runs[b].push(await loadOnce(build, path));
					traced[b].push(await tracedLoad(build, path));
				}
			for (const [b, build] of builds.entries()) {
				const ok = reportLoad(path, build, runs[b], traced[b]);
				failed ||= !ok;
			}
		}
	}
	if (options.scroll || both) {
		for (const path of PAGES) {
			for (const pace of PACES.filter((p) => !options.pace || p.name === options.pace)) {
				for (const build of builds) {
					const result = await benchPage(`http://127.0.0.1:${build.port}`, path, pace);
					const jsKb = measure(`${path.slice(1)}index.html`).js / 1024;
					const ok =
						result.cls <= LIMITS.cls &&
						result.longestTaskMs <= LIMITS.longestTaskMs &&
						jsKb * 1024 <= BUDGETS.js;
					failed ||= !ok;
					console.log(
						`${path}${build.label} (${pace.name}): JS ${jsKb.toFixed(1)} KB gz · CLS ${result.cls.toFixed(4)} · longest task while scrolling ${result.longestTaskMs > 0 ? `${result.longestTaskMs.toFixed(0)} ms` : 'under 50 ms'} (${result.longTasks} over 50 ms; ${result.scrolliesReached} scrollies driven, ${result.stepChanges} step changes, ${result.animated} animated) · ${ok ? 'ok' : 'OVER BUDGET'}`,
					);
					if (result.work)
						console.log(
							`  main thread while scrolling, traced (CPU ms): ${Object.entries(result.work)
								.map(([kind, ms]) => `${kind} ${ms.toFixed(0)}`)
								.join(', ')}`,
						);
				}
			}
		}
	}
} finally {
	await browser.close();
	await Promise.all(stops.map((stop) => stop()));
}
process.exit(failed ? 1 : 0);

/** A new phone with a cold cache and a CPU four times slower than this machine's. */
async function phone() {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return { context, page, cdp };
}

/**
 * One cold load: blocking time (the part over 50 ms of each task from the first contentful paint
 * until the page has had no long task for 2 s after `load`, at most 10 s), LCP, layout shift and
 * the bytes received by resource type.
 */
async function loadOnce(build, path) {
	const { context, page, cdp } = await phone();
	/** @type {Map<string, string>} */
	const types = new Map();
	/** @type {Record<string, number>} */
	const bytes = {};
	await cdp.send('Network.enable');
	cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
	cdp.on('Network.loadingFinished', (e) => {
		const type = (types.get(e.requestId) ?? 'Other').toLowerCase();
		bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
	});
	await page.addInitScript(() => {
		const w = /** @type {any} */ (window);
		w.benchLoad = { cls: 0, lcp: 0, tasks: [] };
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				if (!entry.hadRecentInput) w.benchLoad.cls += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.benchLoad.lcp = entry.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.benchLoad.tasks.push({ start: entry.startTime, ms: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`http://127.0.0.1:${build.port}${path}`, { waitUntil: 'load' });
	const loadedAt = await page.evaluate(() => performance.now());
	for (;;) {
		const { now, lastEnd } = await page.evaluate(() => {
			const tasks = /** @type {any} */ (window).benchLoad.tasks;
			return {
				now: performance.now(),
				lastEnd: Math.max(0, ...tasks.map((t) => t.start + t.ms)),
			};
		});
		if (now - Math.max(lastEnd, loadedAt) >= 2000 || now - loadedAt > 10_000) break;
		await page.waitForTimeout(250);
	}
	const result = await page.evaluate(() => {
		const { cls, lcp, tasks } = /** @type {any} */ (window).benchLoad;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
		const blocking = tasks
			.filter((t) => t.start + t.ms > fcp)
			.reduce((sum, t) => sum + Math.max(0, t.start + t.ms - Math.max(t.start, fcp) - 50), 0);
		const fromStart = tasks.reduce((sum, t) => sum + Math.max(0, t.ms - 50), 0);
		return {
			cls,
			lcp,
			fcp,
			tbt: blocking,
			fromStart,
			tasks,
			longest: Math.max(0, ...tasks.map((t) => t.ms)),
		};
	});
	await context.close();
	if (process.env['BENCH_DEBUG']) console.log(JSON.stringify(result));
	delete result.tasks;
	return { ...result, bytes };
}

/**
 * One traced cold load, until 2 s after `load`: the main thread's work by kind, and the layouts
 * and style recalculations that ran inside a script (a read of geometry or style after a change
 * forced them there and then), with the script lines that forced them. Times are the thread's
 * own CPU time where the trace has it, so other processes on a busy machine inflate them less
 * than the wall-clock figures above.
 */
async function tracedLoad(build, path) {
	const { context, page } = await phone();
	await browser.startTracing(page, {
		categories: [
			'toplevel',
			'devtools.timeline',
			'disabled-by-default-devtools.timeline',
			'disabled-by-default-devtools.timeline.stack',
			'v8.execute',
		],
	});
	await page.goto(`http://127.0.0.1:${build.port}${path}`, { waitUntil: 'load' });
	await page.waitForTimeout(2000);
	const trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
	await context.close();
	const { onMain, ms, work } = mainThread(trace);
	const scripts = onMain.filter((e) => SCRIPT_EVENTS.has(e.name));
	const forced = onMain.filter(
		(e) =>
			(e.name === 'Layout' || e.name === 'UpdateLayoutTree') &&
			scripts.some((s) => s.ts <= e.ts && e.ts + (e.dur ?? 0) <= s.ts + s.dur),
	);
	/** @type {Record<string, number>} */
	const sources = {};
	for (const e of forced) {
		const frame = e.args?.beginData?.stackTrace?.[0];
		const where = frame
			? `${frame.functionName || '(anonymous)'} ${String(frame.url).split('/').pop()}:${frame.lineNumber}`
			: 'unknown';
		sources[where] = (sources[where] ?? 0) + ms([e]);
	}
	return { work, forced: { count: forced.length, ms: ms(forced), sources } };
}

/** The page's main-thread events in a trace, and its CPU time by kind (see WORK). */
function mainThread(trace) {
	const main = trace.find(
		(e) =>
			e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && mainFrameOf(trace, e.pid),
	);
	const onMain = trace.filter(
		(e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X',
	);
	const ms = (events) => events.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000;
	const work = Object.fromEntries(
		Object.entries(WORK).map(([kind, names]) => [
			kind,
			ms(onMain.filter((e) => names.includes(e.name))),
		]),
	);
	work.total = ms(onMain.filter((e) => e.name === 'RunTask'));
	return { onMain, ms, work };
}

/** Whether renderer process `pid` drew the page under test (not an extension or a spare one). */
function mainFrameOf(trace, pid) {
	return trace.some((e) => e.pid === pid && e.name === 'Layout');
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Prints one page's load figures; returns whether they are within the budgets. */
function reportLoad(path, build, runs, traced) {
	const m = (pick) => median(runs.map(pick));
	const mt = (pick) => median(traced.map(pick));
	const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.bytes)))].sort();
	const byKind = kinds.map((kind) => `${kind} ${(m((r) => r.bytes[kind] ?? 0) / KiB).toFixed(1)}`);
	const total = m((r) => Object.values(r.bytes).reduce((a, b) => a + b, 0)) / KiB;
	const html = readFileSync(join(build.dir, path, 'index.html'));
	const tbt = m((r) => r.tbt);
	const cls = Math.max(...runs.map((r) => r.cls));
	const ok = tbt <= LIMITS.loadTbtMs && total <= LIMITS.loadKiB && cls <= LIMITS.cls;
	const work = Object.keys(traced[0]?.work ?? {})
		.map((kind) => `${kind} ${mt((t) => t.work[kind]).toFixed(0)}`)
		.join(', ');
	const sources = {};
	for (const t of traced)
		for (const [where, ms] of Object.entries(t.forced.sources))
			sources[where] = (sources[where] ?? 0) + ms / traced.length;
	const top = Object.entries(sources)
		.sort((a, b) => b[1] - a[1])
		.slice(0, 3)
		.map(([where, ms]) => `${where} ${ms.toFixed(0)} ms`)
		.join('; ');
	console.log(
		[
			`${path}${build.label} (load, medians of ${runs.length}):`,
			`TBT ${tbt.toFixed(0)} ms (runs ${runs.map((r) => r.tbt.toFixed(0)).join(', ')}; from the start ${m((r) => r.fromStart).toFixed(0)} ms), longest task ${m((r) => r.longest).toFixed(0)} ms`,
			`FCP ${m((r) => r.fcp).toFixed(0)} ms, LCP ${m((r) => r.lcp).toFixed(0)} ms, CLS ${cls.toFixed(4)} (worst)`,
			`received ${total.toFixed(1)} KiB (${byKind.join(', ')}), HTML ${(gzipSync(html, { level: 9 }).length / KiB).toFixed(1)} KiB gz`,
			`main thread, traced (CPU ms): ${work}`,
			`forced layouts ${mt((t) => t.forced.count)}, ${mt((t) => t.forced.ms).toFixed(0)} ms${top ? ` (mean: ${top})` : ''}`,
			ok ? 'ok' : 'OVER BUDGET',
		].join('\n  '),
	);
	return ok;
}

async function benchPage(base, path, pace) {
	const { context, page, cdp } = await phone();
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
	if (options['trace-scroll'])
		await browser.startTracing(page, {
			categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
		});
	// A reader on a phone, top to bottom. Input events scroll the page as a reader's do;
	// scrolling from a script would force a layout of its own on every call and bill it to the
	// page, and a mouse wheel would add hover updates a phone never has.
	// The page's end is read again with the position: parts laid out only as they near the
	// viewport (content-visibility) can change its height on the way down.
	const whereAt = () =>
		page.evaluate(() => [scrollY, document.documentElement.scrollHeight - innerHeight]);
	let [, end] = await whereAt();
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
		if (!pace.everyMs || gesture % 5 === 4) [y, end] = await whereAt();
	}
	await page.waitForTimeout(1000);
	const work = options['trace-scroll']
		? mainThread(JSON.parse((await browser.stopTracing()).toString()).traceEvents).work
		: undefined;
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
		work,
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
