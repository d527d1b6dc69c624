import { expect, test } from '@playwright/test';
import { articlesOnDisk, FIXTURE, requestsWhileReading } from './helpers';

for (const path of ['/', FIXTURE]) {
	test(`${path} makes requests only to its own origin and sets no cookie`, async ({
		page,
		context,
		baseURL,
	}) => {
		const requests = await requestsWhileReading(page, path);
		expect(requests.length).toBeGreaterThan(0);
		const origin = new URL(baseURL ?? '').origin;
		expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
		expect(await context.cookies()).toEqual([]);
	});
}

test('the article page names itself and the essay it annotates', async ({ page }) => {
	const article = articlesOnDisk().find(({ slug }) => `/${slug}/` === FIXTURE);
	await page.goto(FIXTURE);
	await expect(page).toHaveTitle(/Annotated readings/);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		new RegExp(`${FIXTURE}$`),
	);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
	const jsonLd = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
	);
	expect(jsonLd['@type']).toBe('Article');
	expect(jsonLd.isBasedOn.headline).toBe(article?.original.title);
	expect(jsonLd.isBasedOn.author.name).toBe(article?.original.author);
	await expect(page.getByRole('link', { name: 'Read the original' }).first()).toHaveAttribute(
		'href',
		/^https:/,
	);
});
