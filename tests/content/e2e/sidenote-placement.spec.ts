import { expect, test } from '@playwright/test';
import { failOnConsoleErrors } from '../../e2e/helpers';
import { marginShare, quantile } from '../../e2e/notes-helpers';
import { ESSAY } from '../essay';

test.beforeEach(({ page }) => failOnConsoleErrors(page));

// The goal of issue 20: on a wide screen a reader meets one system for the prose's notes (the
// margin), and each note sits beside the line it annotates.
for (const width of [1440, 1920]) {
	test(`at ${width}px nine in ten of the essay’s prose notes sit in the margin, beside their lines`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height: 1000 });
		await page.goto(ESSAY);
		const { prose, inMargin, offsets } = await marginShare(page);
		expect(prose).toBeGreaterThan(40);
		expect(inMargin / prose, `${inMargin} of ${prose} in the margin`).toBeGreaterThanOrEqual(0.9);
		expect(quantile(offsets, 0.5), 'median distance from the marker').toBeLessThanOrEqual(40);
		expect(quantile(offsets, 0.9), '90th percentile').toBeLessThanOrEqual(160);
	});
}

test('the note column is wider at 1920px than at 1440px, and its text larger', async ({ page }) => {
	const column = async (width: number) => {
		await page.setViewportSize({ width, height: 1000 });
		await page.goto(ESSAY);
		const side = page.locator('.rd-sidenote:not([hidden])').first();
		await expect(side).toBeVisible();
		return side.evaluate((el) => ({
			width: el.getBoundingClientRect().width,
			font: parseFloat(getComputedStyle(el).fontSize),
		}));
	};
	const [narrow, wide] = [await column(1440), await column(1920)];
	expect(wide.width).toBeGreaterThan(narrow.width + 40);
	expect(wide.font).toBeGreaterThan(narrow.font);
	expect(narrow.width).toBeGreaterThanOrEqual(300);
});
