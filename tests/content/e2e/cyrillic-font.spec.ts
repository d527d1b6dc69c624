import { expect, test } from '@playwright/test';
import { ESSAY } from '../essay';

test('the Cyrillic face is not fetched with the page, and serves the Russian titles when asked for', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (request.url().endsWith('.woff2')) fetched.push(request.url());
	});
	await page.goto(ESSAY, { waitUntil: 'load' });
	await page.evaluate(() => document.fonts.ready);
	expect(fetched.filter((url) => url.includes('cyrillic'))).toEqual([]);
	const title = await page.locator('#sources li', { hasText: 'Посол России' }).textContent();
	const cyrillic = page.waitForRequest(/cyrillic[^/]*\.woff2$/);
	const faces = await page.evaluate(
		(text) => document.fonts.load('16px "Source Serif 4"', text ?? ''),
		title,
	);
	await cyrillic;
	expect(faces.length).toBeGreaterThan(0);
	expect(await page.evaluate(() => document.fonts.check('16px "Source Serif 4"', 'Посол'))).toBe(
		true,
	);
});
