import { expect, test } from '@playwright/test';
import { FIXTURE, expectSectionsVisible } from './helpers';

test.use({ javaScriptEnabled: false });

test('without JavaScript every section is present and visible', async ({ page }) => {
	await page.goto(FIXTURE);
	await expectSectionsVisible(page, 'kitchen-sink');
});

test('without JavaScript no control is shown that needs it', async ({ page }) => {
	await page.goto(FIXTURE);
	await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
	await expect(page.getByRole('button', { name: /Copy link/ }).first()).toBeHidden();
});

test('without JavaScript each scrolly is a sequence of numbered figures with their text', async ({
	page,
}) => {
	await page.goto(FIXTURE);
	const steps = page.locator('section#timeline .rd-step');
	await expect(steps).toHaveCount(4);
	for (const [i, letter] of ['a', 'b', 'c', 'd'].entries()) {
		const step = steps.nth(i);
		await expect(step.locator('svg.rd-chart')).toBeVisible();
		await expect(step.locator('figcaption')).toContainText(`Figure 1${letter}.`);
		await expect(step.locator('.rd-step__text')).toBeVisible();
	}
	for (const graphic of await page.locator('.rd-scrolly__graphic').all())
		await expect(graphic).toBeHidden();
});
