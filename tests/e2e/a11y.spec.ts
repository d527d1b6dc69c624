import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ESSAY, FIXTURE } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

for (const colorScheme of ['light', 'dark'] as const) {
	for (const path of ['/', ESSAY, FIXTURE]) {
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
