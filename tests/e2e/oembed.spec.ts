import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse } from 'yaml';
import { articlesOnDisk } from './helpers';

/** The oEmbed 1.0 fields this site's responses carry (https://oembed.com/, section 2.3.4). */
interface OEmbed {
	type: string;
	version: string;
	html: string;
	width: number;
	height: number;
	title: string;
	author_name: string;
	provider_name: string;
	provider_url: string;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

const articlesDir = new URL('../../content/articles/', import.meta.url);

/** An article's sections whose frontmatter does not say `embeddable: false`, in reading order. */
function embeddableSections(article: string): { slug: string; title: string }[] {
	return readdirSync(new URL(`${article}/`, articlesDir))
		.filter((file) => /^\d\d-.+\.mdx$/.test(file))
		.sort()
		.map((file) => {
			const text = readFileSync(new URL(`${article}/${file}`, articlesDir), 'utf8');
			const front = parse(text.split(/^---$/m)[1] ?? '') as {
				title: string;
				embeddable?: boolean;
			};
			return { slug: file.slice(3, -4), title: front.title, embeddable: front.embeddable };
		})
		.filter((section) => section.embeddable !== false);
}

/** The built site names itself by its production address; the test server serves the same paths. */
const local = (url: string) => new URL(url, 'http://site.invalid').pathname;

/** Width and height from a PNG's IHDR chunk, or throws if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG: bad signature');
	if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG: no IHDR first');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function fetchOEmbed(request: APIRequestContext, href: string): Promise<OEmbed> {
	const response = await request.get(local(href));
	expect(response.ok(), href).toBe(true);
	return (await response.json()) as OEmbed;
}

for (const article of articlesOnDisk()) {
	const sections = embeddableSections(article.slug);

	test(`${article.slug}: the page advertises a valid oEmbed response per section`, async ({
		page,
		request,
	}) => {
		await page.goto(`/${article.slug}/`);
		const hrefs = await page
			.locator('head link[rel="alternate"][type="application/json+oembed"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.map(local)).toEqual(
			sections.map((section) => `/oembed/${article.slug}/${section.slug}.json`),
		);
		for (const [i, href] of hrefs.entries()) {
			const section = sections[i];
			const oembed = await fetchOEmbed(request, href);
			// Required of every response, and of type rich.
			expect(oembed.type).toBe('rich');
			expect(oembed.version).toBe('1.0');
			expect(oembed.html).toMatch(/^<blockquote[\s\S]*<\/blockquote><iframe [^>]*><\/iframe>$/);
			for (const size of [oembed.width, oembed.height]) {
				expect(Number.isInteger(size) && size > 0).toBe(true);
			}
			// Optional, but if one thumbnail field is there all three must be.
			expect(oembed.title).toContain(section?.title);
			expect(oembed.author_name).toBe(article.original.author);
			expect(oembed.provider_name).toBeTruthy();
			expect(() => new URL(oembed.provider_url)).not.toThrow();
			expect(local(oembed.thumbnail_url)).toBe(`/oembed/${article.slug}/${section?.slug}.png`);
			expect(oembed.thumbnail_width).toBeGreaterThan(0);
			expect(oembed.thumbnail_height).toBeGreaterThan(0);
		}
	});

	test(`${article.slug}: each embed page advertises its own oEmbed and thumbnail`, async ({
		page,
	}) => {
		for (const section of sections) {
			await page.goto(`/embed/${article.slug}/${section.slug}/`);
			const oembed = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
			await expect(oembed).toHaveCount(1);
			expect(local((await oembed.getAttribute('href')) ?? '')).toBe(
				`/oembed/${article.slug}/${section.slug}.json`,
			);
			const image = await page.locator('meta[property="og:image"]').getAttribute('content');
			expect(local(image ?? '')).toBe(`/oembed/${article.slug}/${section.slug}.png`);
		}
	});

	test(`${article.slug}: every thumbnail is a PNG of the size its oEmbed states`, async ({
		request,
	}) => {
		for (const section of sections) {
			const oembed = await fetchOEmbed(request, `/oembed/${article.slug}/${section.slug}.json`);
			const png = await request.get(local(oembed.thumbnail_url));
			expect(png.headers()['content-type']).toBe('image/png');
			expect(pngSize(await png.body())).toEqual({
				width: oembed.thumbnail_width,
				height: oembed.thumbnail_height,
			});
		}
	});
}

test('the article page’s link preview is its first figure', async ({ page, request }) => {
	const [article] = articlesOnDisk().filter((a) => !a.unlisted);
	await page.goto(`/${article?.slug}/`);
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	const firstFigure = await page.locator('section:has(reader-scrolly)').first().getAttribute('id');
	expect(local(image ?? '')).toBe(`/oembed/${article?.slug}/${firstFigure}.png`);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
		'content',
		'summary_large_image',
	);
	const png = await request.get(local(image ?? ''));
	expect(pngSize(await png.body())).toEqual({
		width: Number(await page.locator('meta[property="og:image:width"]').getAttribute('content')),
		height: Number(await page.locator('meta[property="og:image:height"]').getAttribute('content')),
	});
});

test('an oEmbed html renders on a page of another origin, quote and frame', async ({
	page,
	request,
	baseURL,
}) => {
	const article = 'kitchen-sink';
	const responses = await Promise.all(
		embeddableSections(article).map(async (section) => ({
			section,
			oembed: await fetchOEmbed(request, `/oembed/${article}/${section.slug}.json`),
		})),
	);
	const site = new URL(responses[0]?.oembed.provider_url ?? '').origin;
	// The production address answers from the test server, so the frames load what it built.
	await page.route(`${site}/**`, async (route) =>
		route.fulfill({
			response: await route.fetch({ url: `${baseURL}${local(route.request().url())}` }),
		}),
	);
	const host = 'http://cms-host.test';
	await page.route(`${host}/**`, (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>A host</title><body><h1>Someone else’s page</h1>${responses.map(({ oembed }) => `<article>${oembed.html}</article>`).join('')}</body></html>`,
		}),
	);
	await page.goto(`${host}/story/`);
	for (const [i, { section, oembed }] of responses.entries()) {
		const embed = page.locator('article').nth(i);
		const link = embed.locator('blockquote').getByRole('link', { name: section.title });
		await expect(link).toBeVisible();
		expect(local((await link.getAttribute('href')) ?? '')).toBe(`/${article}/`);
		expect(new URL((await link.getAttribute('href')) ?? '').hash).toBe(`#${section.slug}`);
		const frame = embed.locator('iframe');
		await expect(frame).toHaveAttribute('title', oembed.title);
		await expect(frame).toHaveAttribute('loading', 'lazy');
		await expect(frame).toHaveAttribute('src', `${site}/embed/${article}/${section.slug}/`);
		const sandbox = ((await frame.getAttribute('sandbox')) ?? '').split(' ');
		expect(sandbox).toEqual(expect.arrayContaining(['allow-scripts', 'allow-popups']));
		expect(sandbox).toContain('allow-popups-to-escape-sandbox');
		expect(sandbox).not.toContain('allow-top-navigation');
		expect(await frame.getAttribute('height')).toBe(String(oembed.height));
	}
	const box = await page.locator('article iframe').first().boundingBox();
	expect(box?.width).toBeGreaterThan(300);
});
