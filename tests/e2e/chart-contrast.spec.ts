import { expect, test } from '@playwright/test';
import { lowContrastLabels } from './chart-contrast';
import { FIXTURE } from './helpers';

// Without JavaScript every step's chart state is on the page as a figure of its own.
test.use({ javaScriptEnabled: false });

for (const colorScheme of ['light', 'dark'] as const) {
	test(`every chart label in every state is readable in ${colorScheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(FIXTURE);
		expect(await lowContrastLabels(page)).toEqual([]);
	});
}
