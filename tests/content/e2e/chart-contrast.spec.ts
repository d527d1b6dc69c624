import { expect, test } from '@playwright/test';
import { lowContrastLabels } from '../../e2e/chart-contrast';
import { ESSAY } from '../essay';

// Without JavaScript every step's chart state is on the page as a figure of its own.
test.use({ javaScriptEnabled: false });

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every label of the essay's charts is readable in ${colorScheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(ESSAY);
		expect(await lowContrastLabels(page)).toEqual([]);
	});
}
