import { expect, test } from '@playwright/test';
import { axeViolations } from '../../e2e/axe';
import { ESSAY } from '../essay';

// axe walks every node of the essay page (hundreds of chart marks): on a busy machine it needs
// minutes.
test.describe.configure({ timeout: 300_000 });

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds nothing on the essay in ${colorScheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(ESSAY);
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('axe finds nothing in the essay with sidenotes', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(ESSAY);
	await expect(page.locator('.rd-sidenote').first()).toBeAttached();
	expect(await axeViolations(page)).toEqual([]);
});

test('axe finds nothing in the essay on a phone with a note open', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(ESSAY);
	await page.locator('a.rd-note-ref').first().click();
	await expect(page.locator('.rd-note-inline')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('axe finds nothing in the essay with a popover open', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 800 });
	await page.goto(ESSAY);
	await page.locator('a.rd-note-ref').first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('axe finds nothing halfway through the essay’s first scrolly', async ({ page }) => {
	await page.goto(ESSAY);
	const step = page.locator('reader-scrolly .rd-step').nth(1);
	const id = (await step.getAttribute('id')) ?? '';
	await step.evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await expect(page.locator(`reader-scrolly:has(#${id})`)).toHaveAttribute('data-active-step', id);
	expect(await axeViolations(page)).toEqual([]);
});

test('axe finds nothing in the essay with every kind of note hidden', async ({ page }) => {
	await page.goto(`${ESSAY}?hide=source,context,fact-check,hindsight`);
	expect(await axeViolations(page)).toEqual([]);
});
