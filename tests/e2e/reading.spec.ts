import { expect, test } from '@playwright/test';
import {
	articlesOnDisk,
	expectSectionsInOrder,
	FIXTURE,
	failOnConsoleErrors,
	sectionsOnDisk,
} from './helpers';

test.describe('reading an article', () => {
	test.beforeEach(({ page }) => failOnConsoleErrors(page));

	test('shows every section in file order, each with its heading and id', async ({ page }) => {
		await page.goto(FIXTURE);
		await expectSectionsInOrder(page, 'kitchen-sink');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('every contents link takes the reader to its section', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(FIXTURE);
		const toc = page.getByRole('navigation', { name: 'Contents' });
		for (const section of sectionsOnDisk('kitchen-sink')) {
			await toc.getByRole('link', { name: section.shortTitle }).click();
			await expect(page).toHaveURL(new RegExp(`#${section.slug}$`));
			await expect(page.getByRole('heading', { level: 2, name: section.title })).toBeInViewport();
		}
	});

	test('on a phone the contents open from the header and still reach each section', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(FIXTURE);
		await page.getByRole('button', { name: 'Contents' }).click();
		await page
			.getByRole('navigation', { name: 'Contents' })
			.getByRole('link', { name: 'Closing' })
			.click();
		await expect(
			page.getByRole('heading', { level: 2, name: 'A closing section' }),
		).toBeInViewport();
	});

	// Filled by a scroll-driven animation where there is one, else by a script.
	for (const filler of ['scroll-driven animation', 'script'] as const) {
		test(`the progress bar fills as the reader scrolls (${filler})`, async ({ page }) => {
			if (filler === 'script')
				await page.addInitScript(() => {
					const supports = CSS.supports.bind(CSS);
					CSS.supports = (...args: [string, string?]) =>
						!String(args[0]).includes('animation-timeline') &&
						supports(...(args as [string, string]));
					// Through the CSSOM: the page's CSP refuses a <style> element added here.
					addEventListener('DOMContentLoaded', () =>
						document
							.querySelector<HTMLElement>('.rd-progress__bar')
							?.style.setProperty('animation', 'none', 'important'),
					);
				});
			await page.goto(FIXTURE);
			const bar = page.locator('.rd-progress__bar');
			const scale = () => bar.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).a);
			expect(await scale()).toBeLessThan(0.05);
			// A wheel turn sent while a busy machine is still starting the page can be lost: turn on.
			await expect(async () => {
				await page.mouse.wheel(0, 400);
				expect(await scale()).toBeGreaterThan(0.05);
			}).toPass({ timeout: 15_000 });
			await page.keyboard.press('End');
			await expect.poll(scale).toBeGreaterThan(0.95);
			if (filler === 'script') await expect(bar).toHaveAttribute('style', /scaleX\(/);
		});
	}

	test('previous and next links move between neighbouring sections', async ({ page }) => {
		await page.goto(FIXTURE);
		const opening = page.locator('#opening');
		await opening.getByRole('link', { name: /Next\s+Middle/ }).click();
		await expect(page).toHaveURL(/#middle$/);
		await expect(
			page.getByRole('heading', { level: 2, name: 'A middle section' }),
		).toBeInViewport();
		await page
			.locator('#middle')
			.getByRole('link', { name: /Previous\s+Opening/ })
			.click();
		await expect(page).toHaveURL(/#opening$/);
		await expect(opening.getByRole('link', { name: /Previous/ })).toHaveCount(0);
		await expect(page.locator('#closing').getByRole('link', { name: /Next/ })).toHaveCount(0);
	});

	test('a section’s copy-link control copies its address', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(FIXTURE);
		await page.getByRole('button', { name: 'Copy link to “A middle section”' }).click();
		await expect(page.locator('#middle').getByRole('status')).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${baseURL}${FIXTURE}#middle`,
		);
	});

	test('the home page leads into a listed article and hides fixtures', async ({ page }) => {
		const listed = articlesOnDisk()
			.filter((article) => !article.unlisted)
			.map(({ slug }) => slug);
		await page.goto('/');
		await page.getByRole('link', { name: 'Start reading' }).click();
		await expect(page).toHaveURL(new RegExp(`/(${listed.join('|')})/$`));
		await page.goto('/');
		await expect(page.getByRole('link', { name: /Kitchen sink/ })).toHaveCount(0);
	});
});
