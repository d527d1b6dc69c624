import { expect, test } from '@playwright/test';
import { FIXTURE, failOnConsoleErrors } from './helpers';
import { marginShare } from './notes-helpers';

test.beforeEach(({ page }) => failOnConsoleErrors(page));

for (const width of [1440, 1920]) {
	test(`at ${width}px every prose note sits in the margin, near its marker’s line`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height: 1000 });
		await page.goto(FIXTURE);
		const { prose, inMargin, offsets } = await marginShare(page);
		expect(inMargin).toBe(prose);
		for (const offset of offsets) expect(offset).toBeLessThanOrEqual(160);
	});
}

test.describe('a long sidenote', () => {
	test.use({ viewport: { width: 1440, height: 1000 } });

	test('shows its first lines with “more”, and opens in place over its neighbours', async ({
		page,
	}) => {
		await page.goto(FIXTURE);
		const long = page.locator('#side-ks-long');
		await expect(long).toBeVisible();
		const short = await long.evaluate((el) => ({
			height: el.clientHeight,
			full: el.scrollHeight,
			more: getComputedStyle(el, '::after').content,
		}));
		expect(short.full).toBeGreaterThan(short.height);
		expect(short.more).toContain('more');
		const neighbours = () =>
			page
				.locator('.rd-sidenote:not(#side-ks-long)')
				.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
		const before = await neighbours();
		await long.click();
		await expect(long).toBeFocused();
		await expect.poll(() => long.evaluate((el) => el.clientHeight)).toBeGreaterThan(short.height);
		expect(await neighbours()).toEqual(before);
		await page.locator('h1').click();
		await expect.poll(() => long.evaluate((el) => el.clientHeight)).toBe(short.height);
	});

	test('its marker opens it too, from the keyboard', async ({ page }) => {
		await page.goto(FIXTURE);
		await page.locator('#ref-ks-long').focus();
		await page.keyboard.press('Enter');
		const long = page.locator('#side-ks-long');
		await expect(long).toBeFocused();
		await expect
			.poll(() => long.evaluate((el) => el.scrollHeight - el.clientHeight))
			.toBeLessThanOrEqual(1);
	});
});
