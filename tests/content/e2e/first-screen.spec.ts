import { expect, test } from '@playwright/test';
import { failOnConsoleErrors } from '../../e2e/helpers';
import { ESSAY } from '../essay';

test.beforeEach(({ page }) => failOnConsoleErrors(page));

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the first screen shows the title, the credit with the edition’s date, and the story’s first lines', async ({
	page,
}) => {
	await page.goto(ESSAY);
	await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
	const credit = page.locator('.rd-article-header .rd-credit');
	await expect(credit).toContainText('Van Jackson');
	await expect(credit).toBeInViewport({ ratio: 1 });
	const edition = page.locator('.rd-article-header time');
	await expect(edition).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\d$/);
	await expect(edition).toBeInViewport({ ratio: 1 });
	// The story's first lines: at least two lines of the first paragraph above the fold.
	const first = page.locator('main .rd-section .rd-prose > p').first();
	const box = await first.boundingBox();
	const line = await first.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
	expect((box?.y ?? Infinity) + 2 * line).toBeLessThanOrEqual(844);
	// The header is one row.
	expect((await page.locator('.rd-site-header').boundingBox())?.height).toBeLessThanOrEqual(60);
});
