import { expect, test } from '@playwright/test';
import { articlesOnDisk, FIXTURE } from './helpers';

// What publishers and their tools expect of a site: a sitemap named in robots.txt, a feed of
// the articles advertised on every page, and a "Cite this page" a reader can paste.

const listed = articlesOnDisk().filter((article) => !article.unlisted);
const unlisted = articlesOnDisk().filter((article) => article.unlisted);

test('robots.txt names the sitemap, which lists the home page and every listed article only', async ({
	request,
}) => {
	const robots = await (await request.get('/robots.txt')).text();
	const sitemapIndex = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
	expect(sitemapIndex).toMatch(/\/sitemap-index\.xml$/);
	const index = await (await request.get(new URL(sitemapIndex ?? '').pathname)).text();
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => loc);
	expect(sitemaps.length).toBeGreaterThan(0);
	const pages: string[] = [];
	for (const sitemap of sitemaps) {
		const xml = await (await request.get(new URL(sitemap).pathname)).text();
		pages.push(
			...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => new URL(loc).pathname),
		);
	}
	expect(pages.sort()).toEqual(['/', ...listed.map((article) => `/${article.slug}/`)].sort());
	expect(unlisted.map((article) => `/${article.slug}/`)).toContain(FIXTURE);
});

test('every page advertises the RSS feed, which holds each listed article and nothing else', async ({
	page,
	request,
}) => {
	for (const path of ['/', FIXTURE, ...listed.map((article) => `/${article.slug}/`)]) {
		await page.goto(path);
		const feed = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
		await expect(feed).toHaveCount(1);
		expect(new URL((await feed.getAttribute('href')) ?? '').pathname).toBe('/rss.xml');
	}
	const response = await request.get('/rss.xml');
	expect(response.ok()).toBe(true);
	const rss = await response.text();
	expect(rss).toMatch(/^<\?xml[^>]*\?><rss version="2.0">/);
	const links = [...rss.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>[\s\S]*?<\/item>/g)].map(
		([, link = '']) => new URL(link).pathname,
	);
	expect(links.sort()).toEqual(listed.map((article) => `/${article.slug}/`).sort());
	expect(rss).not.toContain(FIXTURE);
});

test.describe('Cite this page', () => {
	test('the BibTeX gives the month as its bare macro', async ({ page }) => {
		await page.goto(FIXTURE);
		const bibtex = await page.locator('#cite-bibtex').innerText();
		expect(bibtex).toMatch(/^\s*month = (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec),?$/m);
	});

	test('each format has a Copy button that puts exactly that citation on the clipboard', async ({
		page,
		context,
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto(FIXTURE);
		for (const [format, id] of [
			['Chicago', 'cite-chicago'],
			['BibTeX', 'cite-bibtex'],
		] as const) {
			const button = page.getByRole('button', { name: `Copy ${format}` });
			await button.click();
			await expect(button.locator('xpath=following-sibling::*[@role="status"]')).toHaveText(
				'Copied',
			);
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied).toBe((await page.locator(`#${id}`).innerText()).trim());
		}
	});

	test('without a clipboard the Copy button selects the citation for the reader to copy', async ({
		page,
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) },
			});
		});
		await page.goto(FIXTURE);
		await page.getByRole('button', { name: 'Copy BibTeX' }).click();
		await expect(page.getByText('Selected: press Ctrl+C')).toBeVisible();
		const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
		expect(selected.trim()).toBe((await page.locator('#cite-bibtex').innerText()).trim());
	});
});
