import { expect, test, type Page } from '@playwright/test';
import { FIXTURE, failOnConsoleErrors, laidOut, openSettings } from './helpers';

test.beforeEach(({ page }) => failOnConsoleErrors(page));

/** Scrolls, with no animation, to `id`'s section and some way into it. */
async function readInto(page: Page, id: string): Promise<void> {
	await laidOut(page);
	await page.evaluate((id) => {
		const top = document.getElementById(id)?.getBoundingClientRect().top ?? 0;
		scrollTo({ top: scrollY + top + 200, behavior: 'instant' });
	}, id);
}

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

	test('the header holds every reader setting in one panel, and opening it moves nothing', async ({
		page,
	}) => {
		await page.goto(FIXTURE);
		await readInto(page, 'middle');
		const header = page.locator('.rd-site-header');
		await expect(header).toBeInViewport();
		expect((await header.boundingBox())?.height).toBeLessThanOrEqual(60);
		const paragraph = page.locator('#middle .rd-prose > p').nth(1);
		const before = { y: await page.evaluate(() => scrollY), box: await paragraph.boundingBox() };
		await openSettings(page);
		const settings = page.getByRole('dialog', { name: 'Reader settings' });
		await expect(settings.getByRole('button', { name: 'Dark theme' })).toBeVisible();
		await expect(settings.getByRole('button', { name: 'Reduce motion' })).toBeVisible();
		await expect(settings.getByRole('checkbox')).toHaveCount(4);
		expect(await page.evaluate(() => scrollY)).toBe(before.y);
		expect(await paragraph.boundingBox()).toEqual(before.box);
		await page.keyboard.press('Escape');
		await expect(settings).toBeHidden();
	});

	test('mid-article the contents are one tap away, and a tap on a section goes there', async ({
		page,
	}) => {
		await page.goto(FIXTURE);
		await readInto(page, 'middle');
		const button = page.getByRole('button', { name: 'Contents' });
		const box = await button.boundingBox();
		expect(box).not.toBeNull();
		await page.mouse.click((box?.x ?? 0) + 10, (box?.y ?? 0) + 10);
		const contents = page.getByRole('dialog', { name: 'Contents' });
		await expect(contents).toBeVisible();
		await contents.getByRole('link', { name: /Closing/ }).click();
		await expect(contents).toBeHidden();
		await expect(page).toHaveURL(/#closing$/);
		const heading = page.locator('#closing h2');
		await expect(heading).toBeInViewport();
		const header = await page.locator('.rd-site-header').boundingBox();
		expect((await heading.boundingBox())?.y).toBeGreaterThanOrEqual(
			(header?.y ?? 0) + (header?.height ?? 0),
		);
	});
});

test('on a wide screen the contents stand beside the text, and the settings stay in the header', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(FIXTURE);
	await expect(page.getByRole('button', { name: 'Contents' })).toBeHidden();
	await expect(page.locator('.rd-toc--sidebar')).toBeVisible();
	await readInto(page, 'closing');
	await openSettings(page);
});
