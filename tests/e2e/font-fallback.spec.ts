import { expect, test, type Page } from '@playwright/test';
import { FIXTURE, laidOut } from './helpers';

/** Heights of the kitchen sink's first sections and its title, as laid out now. */
const heights = (page: Page) =>
	page.evaluate(() =>
		['h1', '#opening', '#middle'].map(
			(selector) => document.querySelector(selector)?.getBoundingClientRect().height ?? 0,
		),
	);

// When a web face misses the first paint, `font-display: optional` keeps the fallback for that
// view; the fallback faces are scaled to the web faces' metrics, so the page keeps its shape.
for (const width of [390, 1440]) {
	test(`at ${width}px the metric-matched fallback lays the text out within 5% of the web fonts`, async ({
		browser,
	}) => {
		const designed = await browser.newPage({ viewport: { width, height: 900 } });
		await designed.goto(FIXTURE);
		await designed.evaluate(() => document.fonts.ready);
		await laidOut(designed);
		const withFonts = await heights(designed);
		await designed.close();

		const fallback = await browser.newPage({ viewport: { width, height: 900 } });
		await fallback.route(/\.woff2$/, (route) => route.abort());
		await fallback.goto(FIXTURE);
		await fallback.evaluate(() => document.fonts.ready);
		await laidOut(fallback);
		const families = await fallback.evaluate(() =>
			[...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
		);
		expect(families.every((family) => family.endsWith('Fallback'))).toBe(true);
		const withFallback = await heights(fallback);
		await fallback.close();
		for (const [i, height] of withFallback.entries())
			expect(Math.abs(height / (withFonts[i] ?? 1) - 1)).toBeLessThan(0.05);
	});
}
