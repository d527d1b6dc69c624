import { expect, test } from '@playwright/test';
import { FIXTURE, horizontalOverflow, openSettings } from './helpers';

for (const width of [320, 390, 768, 1440, 2560]) {
	test(`at ${width}px wide no page scrolls sideways`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		for (const path of ['/', FIXTURE]) {
			await page.goto(path);
			expect(await horizontalOverflow(page), `${path} at ${width}px`).toBe(0);
		}
	});
}

test('the text column keeps a comfortable measure of 60–75 characters', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(FIXTURE);
	// Measured in the page's own fonts, once they have loaded (a fallback font is narrower).
	await page.evaluate(() => document.fonts.ready);
	const perLine = await page
		.locator('.rd-prose > p')
		.first()
		.evaluate((p) => {
			const probe = document.createElement('span');
			probe.style.cssText = 'position: absolute; white-space: nowrap';
			probe.textContent = 'the quick brown fox jumps over a lazy dog '.repeat(4);
			p.append(probe);
			const charWidth = probe.getBoundingClientRect().width / probe.textContent.length;
			probe.remove();
			return p.getBoundingClientRect().width / charWidth;
		});
	expect(perLine).toBeGreaterThanOrEqual(60);
	expect(perLine).toBeLessThanOrEqual(75);
});

test.describe('theme', () => {
	test('follows the system until the reader chooses', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(FIXTURE);
		await openSettings(page);
		await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		const background = () =>
			page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
		expect(await background()).toBe('rgb(21, 23, 27)');
	});

	test('the toggle switches theme and the choice survives a reload', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(FIXTURE);
		await openSettings(page);
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await openSettings(page);
		await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
			'aria-pressed',
			'true',
		);
		await page.getByRole('button', { name: 'Dark theme' }).click();
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	});
});
