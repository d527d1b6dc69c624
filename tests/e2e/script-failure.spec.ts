import { expect, test } from '@playwright/test';
import { FIXTURE } from './helpers';
import { TIMELINE } from './scrolly-helpers';

test('when the scrolly script fails to load, every step shows its chart as a static figure', async ({
	page,
}) => {
	await page.route('**/Scrolly.astro_astro_type_script_*.js', (route) => route.abort());
	await page.goto(FIXTURE);
	for (const step of await page.locator('section#timeline .rd-step').all())
		await expect(step.locator('svg.rd-chart')).toBeVisible();
	await expect(page.locator(`${TIMELINE} .rd-scrolly__graphic`)).toBeHidden();
});

test('when a scrolly’s scene file fails to load, its steps show their static figures', async ({
	page,
}) => {
	await page.route('**/scenes/**', (route) => route.abort());
	await page.goto(FIXTURE);
	const firstStep = page.locator('section#timeline .rd-step').first();
	await firstStep.scrollIntoViewIfNeeded();
	await expect(firstStep.locator('svg.rd-chart')).toBeVisible({ timeout: 10_000 });
	await expect(page.locator(`${TIMELINE} .rd-scrolly__graphic`)).toBeHidden();
});
