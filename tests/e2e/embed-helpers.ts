import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { TRIGGER } from '../../src/lib/scrolly/step-track';
import { failOnConsoleErrors } from './helpers';
import { TIMELINE } from './scrolly-helpers';

/** The two fixture sections the host pages embed: one with a scrolly, one with notes only. */
export const EMBEDS = {
	scrolly: { path: '/embed/kitchen-sink/timeline/', title: 'A scrolly timeline' },
	notes: { path: '/embed/kitchen-sink/middle/', title: 'A middle section' },
} as const;

/** The host pages the tests serve. */
export type HostKind = 'script' | 'plain' | 'bare' | 'pym';

/**
 * What a Pym.js parent (nprapps/pym.js, src/pym.js, Parent with `trackscroll: true`) does with
 * a child, in its own message format ('pym', id, type, message joined by 'xPYMx'): it sets
 * the iframe's height from 'height', and sends 'viewport-iframe-position' (viewport width and
 * height, then the iframe's top, left, bottom and right) when the child asks with
 * 'parentPositionInfo' and, throttled to 100 ms, as the page scrolls. Pym itself is not an
 * npm dependency of this project, so the tests speak its protocol with this stand-in.
 */
const PYM_PARENT = `
const frames = [...document.querySelectorAll('iframe')];
const idOf = (frame) => new URL(frame.src).searchParams.get('childId');
const send = (frame) => {
	const r = frame.getBoundingClientRect();
	const payload = [innerWidth, innerHeight, r.top, r.left, r.bottom, r.right].join(' ');
	frame.contentWindow.postMessage(['pym', idOf(frame), 'viewport-iframe-position', payload].join('xPYMx'), '*');
};
addEventListener('message', (e) => {
	if (typeof e.data !== 'string') return;
	for (const frame of frames) {
		const match = e.data.match(new RegExp('^pymxPYMx' + idOf(frame) + 'xPYMx(\\\\S+)xPYMx(.*)$'));
		if (!match) continue;
		if (match[1] === 'height') frame.setAttribute('height', parseInt(match[2]) + 'px');
		if (match[1] === 'parentPositionInfo') send(frame);
	}
});
let last = 0, timer;
addEventListener('scroll', () => {
	const now = Date.now();
	clearTimeout(timer);
	if (now - last >= 100) { last = now; frames.forEach(send); }
	else timer = setTimeout(() => { last = Date.now(); frames.forEach(send); }, 100 - (now - last));
});`;

export const SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

// The host's own text: long enough that the embeds start below the first screen and can be
// scrolled past.
const filler = (n: number) =>
	Array.from(
		{ length: n },
		(_, i) =>
			`<p>Host paragraph ${i + 1}. This page belongs to another site; it frames two sections of the annotated reading between its own paragraphs, as a teacher's class page might.</p>`,
	).join('\n');

/**
 * A host page: `script` uses the placeholders and the host script (twice, as two pasted
 * snippets bring it); `plain` pastes bare iframes and runs no script at all (as WordPress or an
 * email client might keep them); `pym` runs a stand-in for a Pym.js parent (below); `bare`
 * pastes the plain iframes and then loads the host script.
 */
export function hostPage(kind: HostKind, site: string, hash = ''): string {
	const embed = ({ path, title }: { path: string; title: string }) =>
		kind === 'script'
			? `<blockquote class="reader-embed" data-embed="${site}${path}${hash}" data-height="400"><p><a href="${site}${path}">${title}</a>, from an annotated reading</p></blockquote>`
			: `<iframe src="${site}${path}${kind === 'pym' ? `?initialWidth=640&childId=pym-${title.length}` : ''}${hash}" title="${title}" width="100%" height="700" loading="lazy" sandbox="${SANDBOX}" style="border:0"></iframe>`;
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A host page</title>
<style>body{font:18px/1.55 Georgia,serif;max-width:42rem;margin:0 auto;padding:1rem;color:#222;background:#fff}</style>
</head><body><main><h1>A class page that embeds two sections</h1>
${filler(6)}
${embed(EMBEDS.scrolly)}
${filler(4)}
${embed(EMBEDS.notes)}
${filler(8)}
</main>${kind === 'script' || kind === 'bare' ? `<script async src="${site}/embed.js"></script>`.repeat(2) : ''}${kind === 'pym' ? `<script>${PYM_PARENT}</script>` : ''}</body></html>`;
}

/**
 * Serves the host pages from another origin than the site's (127.0.0.1 on a free port, where
 * the site is on localhost): `/script.html`, `/plain.html` and `/pym.html`, with `?hash=` added
 * to the embed addresses. Resolves with the host's origin and a function that stops the server.
 */
export async function serveHostPages(
	site: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://host');
		const kind =
			(['plain', 'bare', 'pym'] as const).find((k) => url.pathname === `/${k}.html`) ?? 'script';
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(hostPage(kind, site, url.searchParams.get('hash') ?? ''));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
	return { origin: `http://127.0.0.1:${port}`, close };
}

/**
 * For a spec file of embed tests: serves the host pages (another origin) for the file's tests,
 * fails a test on any console error, and starts each at a desktop viewport. Returns the host.
 */
export function useHostPages(): { readonly origin: string } {
	let served: Awaited<ReturnType<typeof serveHostPages>> | undefined;
	test.beforeAll(async ({ baseURL }) => {
		served = await serveHostPages(new URL(baseURL ?? '').origin);
	});
	test.afterAll(() => served?.close());
	test.beforeEach(async ({ page }) => {
		failOnConsoleErrors(page);
		await page.setViewportSize({ width: 1280, height: 900 });
	});
	return {
		get origin() {
			return served?.origin ?? '';
		},
	};
}

/** The frame of the embed at `path`, once the host page has it and its page has loaded. */
export async function embedFrame(page: Page, path: string): Promise<Frame> {
	const iframe = page.locator(`iframe[src*="${path}"]`);
	await iframe.scrollIntoViewIfNeeded();
	let frame: Frame | null = null;
	await expect
		.poll(() => (frame = page.frame({ url: (url) => url.pathname === path })), { timeout: 15_000 })
		.not.toBeNull();
	await frame!.waitForLoadState('load');
	return frame!;
}

/** The embed's iframe element on the host page. */
export const iframeOf = (page: Page, path: string) => page.locator(`iframe[src*="${path}"]`);

/** How tall the embed's content is, and how tall the host shows its frame. */
export async function heights(page: Page, frame: Frame, path: string) {
	const content = await frame.evaluate(() =>
		Math.ceil(document.body.getBoundingClientRect().height),
	);
	const box = await iframeOf(page, path).boundingBox();
	return { content, frame: Math.round(box?.height ?? 0) };
}

/** Where step `id`'s top is in the host's viewport, and that viewport's trigger line. */
async function stepInHost(page: Page, frame: Frame, path: string, id: string) {
	const frameTop = (await iframeOf(page, path).boundingBox())?.y ?? 0;
	const stepTop = await frame.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
	const line = await page.evaluate((trigger) => innerHeight * trigger, TRIGGER);
	return { top: frameTop + stepTop, line };
}

/**
 * Scrolls the host at reading pace (wheel turns of 100 px a tenth of a second apart, the
 * pointer on the host's margin) until step `id` of the embed has passed the trigger line
 * (`down`) or is back below it (`up`), then waits for the embed to name that step.
 */
export async function readHostTo(
	page: Page,
	frame: Frame,
	id: string,
	expected: string,
	direction: 'down' | 'up' = 'down',
): Promise<void> {
	await page.mouse.move(5, 5);
	for (let turn = 0; turn < 200; turn += 1) {
		const { top, line } = await stepInHost(page, frame, EMBEDS.scrolly.path, id);
		if (direction === 'down' ? top <= line - 2 : top > line + 2) break;
		await page.mouse.wheel(0, direction === 'down' ? 100 : -100);
		await page.waitForTimeout(100);
	}
	await expect(frame.locator(TIMELINE)).toHaveAttribute('data-active-step', expected);
}
