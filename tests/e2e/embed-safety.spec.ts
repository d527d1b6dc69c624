import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { EMBEDS, embedFrame, heights, iframeOf, useHostPages } from './embed-helpers';
import { LIVE_SVG, TIMELINE } from './scrolly-helpers';

test.setTimeout(120_000);

const host = useHostPages();

/** What a hostile message could change: the frames' sizes, modes, steps and the host's scroll. */
async function snapshot(page: Page, frame: Frame) {
	return {
		sizes: await Promise.all(
			Object.values(EMBEDS).map(async ({ path }) => iframeOf(page, path).getAttribute('style')),
		),
		height: (await heights(page, frame, EMBEDS.scrolly.path)).frame,
		mode: await frame.locator('html').getAttribute('data-embed'),
		step: await frame.locator(TIMELINE).getAttribute('data-active-step'),
		desc: await frame.locator(`${LIVE_SVG} desc`).textContent(),
		scroll: await page.evaluate(() => scrollY),
		transform: await frame.locator('.rd-scrolly__graphic').evaluate((el) => el.style.transform),
	};
}

test('a thousand hostile messages change nothing and raise no error', async ({ page }) => {
	await page.goto(`${host.origin}/script.html`);
	const frame = await embedFrame(page, EMBEDS.scrolly.path);
	await expect(frame.locator('html')).toHaveAttribute('data-embed', 'scroll');
	await expect
		.poll(async () => {
			const { content, frame: shown } = await heights(page, frame, EMBEDS.scrolly.path);
			return content === shown;
		})
		.toBe(true);
	const before = await snapshot(page, frame);
	// The frame counts what reaches it, to know when the last message has been handled.
	await frame.evaluate(() => {
		const w = window as Window & { probed?: Promise<void> };
		w.probed = new Promise((resolve) =>
			addEventListener('message', (event) => event.data === 'probe' && resolve()),
		);
	});
	await page.evaluate(async () => {
		const SENTINEL = 'annotated-reader-embed';
		const frames = [...document.querySelectorAll('iframe')];
		const target = frames[0]!.contentWindow!;
		const heightsToTry = [-500, 1e9, Infinity, NaN, '600', null, 1e6];
		const position = {
			sentinel: SENTINEL,
			version: 1,
			type: 'position',
			top: 0,
			viewportHeight: 900,
			cause: 'jump',
			fingers: 0,
		};
		const bad: unknown[] = [
			null,
			42,
			'pymxPYMxxPYMxviewport-iframe-positionxPYMx1 2 3 4 5 6',
			'pymxPYMxfakexPYMxheightxPYMx99999',
			{ sentinel: 'amp', type: 'embed-size', height: 1e9 },
			{ message: 'height', value: 5000, secret: 'abc' },
			// A well-formed position with one field wrong.
			{ ...position, version: 2 },
			{ ...position, sentinel: 'other' },
			{ ...position, top: 'x' },
			{ ...position, top: 1e12 },
			{ ...position, viewportHeight: -1 },
			{ ...position, cause: 'explode' },
			{ ...position, fingers: 1.5 },
			{ sentinel: SENTINEL, version: 1, type: 'unknown' },
			{ sentinel: SENTINEL, version: 1, type: 'height', height: 1e9 },
			{ sentinel: SENTINEL, version: 1, type: 'ready' },
			{ sentinel: SENTINEL, version: 1 },
			{ toString: 1 },
			[1, 2, 3],
		];
		// A window of another origin on the host page, and one of the host's own.
		const stranger = document.createElement('iframe');
		stranger.srcdoc = '<p>stranger</p>';
		stranger.setAttribute('sandbox', 'allow-scripts');
		document.body.append(stranger);
		await new Promise((resolve) => stranger.addEventListener('load', resolve));
		for (let i = 0; i < 1000; i += 1) {
			const message = bad[i % bad.length];
			const height = heightsToTry[i % heightsToTry.length];
			switch (i % 5) {
				case 0: // to the embed, from its parent: malformed or out of range
					target.postMessage(message, '*');
					break;
				case 1: // heights on the host, from the host itself (wrong source)
					postMessage({ sentinel: SENTINEL, version: 1, type: 'height', height }, '*');
					break;
				case 2: // heights on the host, from a window of another origin
					stranger.contentWindow!.postMessage(message, '*');
					postMessage(message, '*');
					break;
				case 3: // unknown types on the host
					postMessage({ sentinel: SENTINEL, version: 1, type: `nope-${i}`, height: 10 }, '*');
					break;
				default: // garbage of every type to both
					target.postMessage(
						{ sentinel: SENTINEL, version: 1, type: 'position', top: -1e9 * i },
						'*',
					);
					postMessage(height, '*');
			}
		}
		target.postMessage('probe', '*');
		await new Promise((resolve) => {
			addEventListener('message', (event) => event.data === 'host-probe' && resolve(undefined));
			postMessage('host-probe', '*');
		});
	});
	await frame.evaluate(() => (window as Window & { probed?: Promise<void> }).probed);
	expect(await snapshot(page, frame)).toEqual(before);
});

for (const kind of ['script', 'plain'] as const) {
	const mode = kind === 'script' ? 'scroll' : 'stepper';
	test(`axe finds no WCAG 2.2 A/AA violation in an embed in ${mode} mode`, async ({ page }) => {
		await page.goto(`${host.origin}/${kind}.html`);
		for (const { path } of Object.values(EMBEDS)) {
			const frame = await embedFrame(page, path);
			await expect(frame.locator('html')).toHaveAttribute('data-embed', mode);
		}
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		expect(
			results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`),
		).toEqual([]);
	});
}

test('no request leaves the site except those the host page makes; no cookie, nothing stored', async ({
	page,
	context,
	baseURL,
}) => {
	const site = new URL(baseURL ?? '').origin;
	const requests: { url: string; fromHost: boolean }[] = [];
	page.on('request', (request) => {
		const frame = request.frame();
		requests.push({ url: request.url(), fromHost: frame === page.mainFrame() });
	});
	await page.goto(`${host.origin}/script.html`);
	const frames = await Promise.all(Object.values(EMBEDS).map(({ path }) => embedFrame(page, path)));
	await page.keyboard.press('End');
	await page.waitForLoadState('networkidle');
	const fromEmbeds = requests.filter((r) => !r.fromHost).map((r) => new URL(r.url).origin);
	expect(fromEmbeds.length).toBeGreaterThan(0);
	expect(fromEmbeds.filter((origin) => origin !== site)).toEqual([]);
	const fromHost = requests.filter((r) => r.fromHost).map((r) => new URL(r.url).origin);
	expect(fromHost.filter((origin) => origin !== site && origin !== host.origin)).toEqual([]);
	expect(await context.cookies()).toEqual([]);
	for (const frame of frames) {
		// A browser that denies a framed page its storage has stored nothing either.
		const stored = await frame.evaluate(() => {
			try {
				return localStorage.length + sessionStorage.length;
			} catch {
				return 0;
			}
		});
		expect(stored).toBe(0);
	}
});
