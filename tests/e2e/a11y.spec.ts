import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTURE } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// axe walks every node of a page with charts (hundreds of marks): it can need more than 30 s.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
	for (const path of ['/', FIXTURE]) {
		test(`axe finds no WCAG 2.2 A/AA violation on ${path} in ${colorScheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
			expect(
				results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
			).toEqual([]);
		});
	}
}

test('the keyboard reaches the skip link first, then the page controls', async ({ page }) => {
	await page.goto(FIXTURE);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to the text' })).toBeFocused();
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toBeVisible();
});

test.describe('axe with notes', () => {
	test('no violation with a popover open', async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 800 });
		await page.goto(FIXTURE);
		await page.locator('#ref-ks-context').click();
		await expect(page.getByRole('dialog')).toBeVisible();
		const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
		expect(results.violations.map((v) => v.id)).toEqual([]);
	});

	test('no violation with notes inline on a phone, and with sidenotes', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(FIXTURE);
		await page.locator('#ref-ks-context').click();
		expect(
			(await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id),
		).toEqual([]);
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(FIXTURE);
		expect(
			(await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id),
		).toEqual([]);
	});

	test('no violation with every kind hidden', async ({ page }) => {
		await page.goto(`${FIXTURE}?hide=source,context,fact-check,hindsight`);
		expect(
			(await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id),
		).toEqual([]);
	});
});
