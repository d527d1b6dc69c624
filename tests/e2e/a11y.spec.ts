import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { FIXTURE } from './helpers';
import { scrollToStep } from './scrolly-helpers';

// axe walks every node of a page with charts (hundreds of marks): it can need more than 30 s.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
	for (const path of ['/', FIXTURE]) {
		test(`axe finds nothing on ${path} in ${colorScheme}`, async ({ page }) => {
			await page.emulateMedia({ colorScheme });
			await page.goto(path);
			expect(await axeViolations(page)).toEqual([]);
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

test('axe finds nothing halfway through a scrolly', async ({ page }) => {
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-pueblo');
	expect(await axeViolations(page)).toEqual([]);
});

test.describe('axe with notes', () => {
	test('nothing with a popover open', async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 800 });
		await page.goto(FIXTURE);
		await page.locator('#ref-ks-context').click();
		await expect(page.getByRole('dialog')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('nothing with notes inline on a phone, and with sidenotes', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(FIXTURE);
		await page.locator('#ref-ks-context').click();
		await expect(page.locator('.rd-note-inline')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(FIXTURE);
		await expect(page.locator('.rd-sidenote').first()).toBeAttached();
		expect(await axeViolations(page)).toEqual([]);
	});

	test('nothing with every kind hidden', async ({ page }) => {
		await page.goto(`${FIXTURE}?hide=source,context,fact-check,hindsight`);
		expect(await axeViolations(page)).toEqual([]);
	});
});
