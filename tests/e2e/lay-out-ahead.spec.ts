import { expect, test, type Page } from '@playwright/test';
import { FIXTURE, laidOut } from './helpers';

// On a phone the text far below the first screen is laid out after load, a few blocks a frame
// (src/scripts/lay-out-ahead.ts). The fonts are held back here so the load, and with it that
// work, waits until the test has looked at the page as it first appears.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

/** Holds every web font until the returned function is called; the page's load waits too. */
async function holdFonts(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\.woff2$/, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

/** Notes which blocks the browser skips as off-screen (content-visibility: auto), as it says. */
test.beforeEach(async ({ page }) => {
	await page.addInitScript(() => {
		const skipped = new Set<EventTarget | null>();
		Object.assign(window, { skipped });
		const note = (event: Event) => {
			const change = event as Event & { skipped: boolean };
			if (change.skipped) skipped.add(event.target);
			else skipped.delete(event.target);
		};
		document.addEventListener('contentvisibilityautostatechange', note, { capture: true });
	});
});

/** Whether the browser lays out and paints `selector`'s element now (not skipped). */
const rendered = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => {
		const { skipped } = window as Window & { skipped?: Set<unknown> };
		return getComputedStyle(element).contentVisibility !== 'auto' || !skipped?.has(element);
	});

test('the far text is laid out soon after load, and nothing on screen moves meanwhile', async ({
	page,
}) => {
	await page.addInitScript(() => {
		const w = window as Window & { shifted?: number };
		w.shifted = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.shifted = (w.shifted ?? 0) + (entry as PerformanceEntry & { value: number }).value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const release = await holdFonts(page);
	await page.goto(FIXTURE, { waitUntil: 'domcontentloaded' });
	await page.evaluate(() => new Promise(requestAnimationFrame));
	const first = '.rd-prose > p >> nth=0';
	const last = '#closing .rd-prose > p >> nth=-1';
	expect(await rendered(page, first)).toBe(true);
	expect(await rendered(page, last)).toBe(false);

	release();
	await laidOut(page);
	expect(await rendered(page, last)).toBe(true);
	const stillDeferred = await page.evaluate(
		() =>
			[...document.querySelectorAll('.rd-prose > *, .rd-step')].filter(
				(block) => getComputedStyle(block).contentVisibility === 'auto',
			).length,
	);
	expect(stillDeferred).toBe(0);
	expect(await page.evaluate(() => (window as Window & { shifted?: number }).shifted)).toBe(0);
});

test('a tap on a contents link before then still lands on its section', async ({ page }) => {
	const release = await holdFonts(page);
	await page.goto(FIXTURE, { waitUntil: 'domcontentloaded' });
	await page.evaluate(() => new Promise(requestAnimationFrame));
	expect(await rendered(page, '#closing .rd-prose > p >> nth=-1')).toBe(false);

	const closingTop = () =>
		page.locator('#closing').evaluate((section) => Math.round(section.getBoundingClientRect().top));
	/** Opens the contents from the header and taps the last section; returns where it lands. */
	const goToClosing = async () => {
		await page.getByRole('button', { name: 'Contents' }).click();
		const contents = page.getByRole('dialog', { name: 'Contents' });
		await contents.getByRole('link', { name: 'Closing' }).click();
		await expect(page).toHaveURL(/#closing$/);
		let last = NaN;
		await expect.poll(async () => last === (last = await closingTop())).toBe(true);
		return last;
	};
	const landed = await goToClosing();

	// Where the same tap lands once the page is laid out in full.
	release();
	await laidOut(page);
	await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
	await page.evaluate(() => history.replaceState(null, '', location.pathname));
	expect(await goToClosing()).toBe(landed);
	expect(landed).toBeGreaterThan(0);
	expect(landed).toBeLessThan(200);
});
