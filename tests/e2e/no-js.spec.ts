import { expect, test } from '@playwright/test';
import { ESSAY, ESSAY_SLUG, FIXTURE, sectionsOnDisk } from './helpers';

test.use({ javaScriptEnabled: false });

for (const [path, slug] of [
	[FIXTURE, 'kitchen-sink'],
	[ESSAY, ESSAY_SLUG],
] as const) {
	test(`without JavaScript every section of ${path} is present and visible`, async ({ page }) => {
		await page.goto(path);
		for (const section of sectionsOnDisk(slug)) {
			const element = page.locator(`section#${section.slug}`);
			await expect(element.getByRole('heading', { level: 2, name: section.title })).toBeVisible();
			const paragraphs = element.locator('.rd-prose > p');
			expect(await paragraphs.count()).toBeGreaterThan(0);
			for (const paragraph of await paragraphs.all()) await expect(paragraph).toBeVisible();
		}
	});
}

test('without JavaScript no control is shown that needs it', async ({ page }) => {
	await page.goto(FIXTURE);
	await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
	await expect(page.getByRole('button', { name: /Copy link/ }).first()).toBeHidden();
});

test('without JavaScript each scrolly is a sequence of numbered figures with their text', async ({
	page,
}) => {
	await page.goto(FIXTURE);
	const steps = page.locator('.rd-step');
	await expect(steps).toHaveCount(4);
	for (const [i, letter] of ['a', 'b', 'c', 'd'].entries()) {
		const step = steps.nth(i);
		await expect(step.locator('svg.rd-chart')).toBeVisible();
		await expect(step.locator('figcaption')).toContainText(`Figure 1${letter}.`);
		await expect(step.locator('.rd-step__text')).toBeVisible();
	}
	await expect(page.locator('.rd-scrolly__graphic')).toBeHidden();
});
