import { expect, test, type Page } from '@playwright/test';
import {
	EMBEDS,
	embedFrame,
	heights,
	iframeOf,
	readHostTo,
	SANDBOX,
	useHostPages,
} from './embed-helpers';
import {
	DESCRIPTIONS,
	LIVE_SVG,
	TIMELINE,
	countChanges,
	isTransitioning,
	recordDescriptions,
} from './scrolly-helpers';

// Frames load cold from another origin: allow them more than the default.
test.setTimeout(90_000);

const host = useHostPages();

async function openScrollEmbed(page: Page) {
	await page.goto(`${host.origin}/script.html`);
	const frame = await embedFrame(page, EMBEDS.scrolly.path);
	await expect(frame.locator('html')).toHaveAttribute('data-embed', 'scroll');
	return frame;
}

test('the host script sizes both frames to their content within a second, and again after a resize', async ({
	page,
}) => {
	await page.goto(`${host.origin}/script.html`);
	for (const { path } of Object.values(EMBEDS)) {
		const frame = await embedFrame(page, path);
		await expect(iframeOf(page, path)).toHaveAttribute('loading', 'lazy');
		await expect(iframeOf(page, path)).toHaveAttribute('title', /.+/);
		await expect(iframeOf(page, path)).toHaveAttribute('sandbox', SANDBOX);
		const fits = async () => {
			const { content, frame: shown } = await heights(page, frame, path);
			return content > 0 && content === shown;
		};
		// Within a second of its page loading, and again once it has chosen its mode.
		await expect.poll(fits, { timeout: 1000 }).toBe(true);
		await expect(frame.locator('html')).toHaveAttribute('data-embed', 'scroll');
		await expect.poll(fits, { timeout: 1000 }).toBe(true);
		const wide = await heights(page, frame, path);
		await page.setViewportSize({ width: 390, height: 800 });
		await expect
			.poll(
				async () => {
					const now = await heights(page, frame, path);
					return now.frame === now.content && now.content !== wide.content;
				},
				// A resize reflows the whole embed first: on a busy 2-core host that alone can
				// take most of a second, so the bound here is looser than at load.
				{ timeout: 3000 },
			)
			.toBe(true);
		await page.setViewportSize({ width: 1280, height: 900 });
	}
});

test('scrolling the host walks the embedded chart through its steps in order and back', async ({
	page,
}) => {
	const frame = await openScrollEmbed(page);
	await page.evaluate(() => scrollTo(0, 0));
	await readHostTo(page, frame, 'ks-overview', 'ks-overview');
	const seen = await recordDescriptions(frame);
	for (const id of ['ks-pueblo', 'ks-eighties', 'ks-fit'] as const) {
		await readHostTo(page, frame, id, id);
		await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS[id]);
		await expect(frame.locator(`#${id}`)).toHaveAttribute('aria-current', 'step');
	}
	await readHostTo(page, frame, 'ks-fit', 'ks-eighties', 'up');
	await readHostTo(page, frame, 'ks-eighties', 'ks-pueblo', 'up');
	await readHostTo(page, frame, 'ks-pueblo', 'ks-overview', 'up');
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-overview']);
	expect(await seen()).toEqual(
		(
			['ks-pueblo', 'ks-eighties', 'ks-fit', 'ks-eighties', 'ks-pueblo', 'ks-overview'] as const
		).map((id) => DESCRIPTIONS[id]),
	);
});

test('the embed pins its chart in the host viewport while the steps pass', async ({ page }) => {
	const frame = await openScrollEmbed(page);
	await readHostTo(page, frame, 'ks-eighties', 'ks-eighties');
	const chart = await frame
		.locator('.rd-scrolly__graphic')
		.evaluate((el) => el.getBoundingClientRect());
	const frameTop = (await iframeOf(page, EMBEDS.scrolly.path).boundingBox())?.y ?? 0;
	// The chart's top is at the top of the host's viewport (the frame itself is far above it).
	expect(frameTop).toBeLessThan(-100);
	expect(Math.abs(frameTop + chart.top)).toBeLessThanOrEqual(2);
});

test('the End key lands on the last step with no stop at the steps between', async ({ page }) => {
	const frame = await openScrollEmbed(page);
	await page.evaluate(() => scrollTo(0, 0));
	const seen = await recordDescriptions(frame);
	await page.keyboard.press('End');
	await expect(frame.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-fit');
	// A chart screens away from where the page landed is drawn only when it comes near again:
	// bring the last step to the top of the host's viewport.
	const frameTop = (await iframeOf(page, EMBEDS.scrolly.path).boundingBox())?.y ?? 0;
	const stepTop = await frame
		.locator('#ks-fit')
		.evaluate((step) => step.getBoundingClientRect().top);
	await page.evaluate((by) => scrollBy(0, by), frameTop + stepTop);
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-fit']);
	expect(await seen()).toEqual([DESCRIPTIONS['ks-fit']]);
});

test('a fling of the host past a step lands on its step at once, with no replay', async ({
	page,
}) => {
	const frame = await openScrollEmbed(page);
	await page.evaluate(() => scrollTo(0, 0));
	await readHostTo(page, frame, 'ks-overview', 'ks-overview');
	const changes = await countChanges(frame, 'period-1969', 'x');
	const seen = await recordDescriptions(frame);
	// Glide so that ks-eighties rests a third of the way down the host's viewport.
	const stepTop = await frame
		.locator('#ks-eighties')
		.evaluate((el) => el.getBoundingClientRect().top);
	const frameTop = (await iframeOf(page, EMBEDS.scrolly.path).boundingBox())?.y ?? 0;
	await page.evaluate(
		(by) => scrollBy({ top: by - innerHeight / 3, behavior: 'smooth' }),
		frameTop + stepTop,
	);
	await expect(frame.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-eighties');
	expect(await seen()).toEqual([DESCRIPTIONS['ks-eighties']]);
	expect(await isTransitioning(frame)).toBe(false);
	expect(await changes()).toBe(1);
});

test('with the host script the embed never shows the stepper', async ({ page }) => {
	const frame = await openScrollEmbed(page);
	const notes = await embedFrame(page, EMBEDS.notes.path);
	await expect(notes.locator('html')).toHaveAttribute('data-embed', 'scroll');
	await expect(frame.locator('.rd-stepper')).toHaveCount(0);
	await expect(frame.locator('.rd-scrolly__graphic')).toBeVisible();
});

test('a Pym.js parent sizes the frame from Pym height messages and drives its steps', async ({
	page,
}) => {
	await page.goto(`${host.origin}/pym.html`);
	const frame = await embedFrame(page, EMBEDS.scrolly.path);
	await expect(frame.locator('html')).toHaveAttribute('data-embed', 'scroll');
	await expect
		.poll(async () => {
			const { content, frame: shown } = await heights(page, frame, EMBEDS.scrolly.path);
			return content === shown;
		})
		.toBe(true);
	await page.evaluate(() => scrollTo(0, 0));
	await readHostTo(page, frame, 'ks-pueblo', 'ks-pueblo');
	await readHostTo(page, frame, 'ks-eighties', 'ks-eighties');
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-eighties']);
	await readHostTo(page, frame, 'ks-eighties', 'ks-pueblo', 'up');
});

test('the host script also takes over plain iframes pasted before it', async ({ page }) => {
	await page.goto(`${host.origin}/bare.html`);
	for (const { path } of Object.values(EMBEDS)) {
		const frame = await embedFrame(page, path);
		await expect(frame.locator('html')).toHaveAttribute('data-embed', 'scroll');
		await expect
			.poll(async () => {
				const { content, frame: shown } = await heights(page, frame, path);
				return content === shown;
			})
			.toBe(true);
	}
});
