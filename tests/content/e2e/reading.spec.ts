import { expect, test } from '@playwright/test';
import {
	expectSectionsInOrder,
	expectSectionsVisible,
	failOnConsoleErrors,
	horizontalOverflow,
	requestsWhileReading,
} from '../../e2e/helpers';
import { ESSAY, ESSAY_SLUG } from '../essay';

// What the essay's page shows a reader; the engine's own tests read the kitchen sink.

test('the essay shows its nine parts in file order, each with its heading and id', async ({
	page,
}) => {
	failOnConsoleErrors(page);
	await page.goto(ESSAY);
	await expectSectionsInOrder(page, ESSAY_SLUG);
	await expect(page.locator('main section.rd-section')).toHaveCount(9);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the home page leads into the essay', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Start reading' }).click();
	await expect(page).toHaveURL(new RegExp(`${ESSAY}$`));
});

test('the essay names itself, its author and the essay it annotates', async ({ page }) => {
	await page.goto(ESSAY);
	await expect(page).toHaveTitle(/Annotated readings/);
	await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Van Jackson/);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		new RegExp(`${ESSAY}$`),
	);
	const jsonLd = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
	);
	expect(jsonLd.isBasedOn.headline).toBe('Putin and the Hermit Kingdom');
	expect(jsonLd.isBasedOn.author.name).toBe('Van Jackson');
	await expect(page.getByRole('link', { name: 'Read the original' }).first()).toHaveAttribute(
		'href',
		/^https:/,
	);
});

test('the essay makes requests only to its own origin and sets no cookie', async ({
	page,
	context,
	baseURL,
}) => {
	const requests = await requestsWhileReading(page, ESSAY);
	const origin = new URL(baseURL ?? '').origin;
	expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
	expect(await context.cookies()).toEqual([]);
});

for (const width of [320, 390, 768, 1440, 2560]) {
	test(`at ${width}px wide the essay does not scroll sideways`, async ({ page }) => {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(ESSAY);
		expect(await horizontalOverflow(page)).toBe(0);
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every section of the essay is present and visible', async ({ page }) => {
		await page.goto(ESSAY);
		await expectSectionsVisible(page, ESSAY_SLUG);
	});
});
