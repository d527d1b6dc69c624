import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

/** The kitchen sink: the unlisted fixture article the engine's tests read. */
export const FIXTURE = '/kitchen-sink/';

const articlesDir = new URL('../../content/articles/', import.meta.url);

/** The sections of an article as its files declare them: reading order, slug and title. */
export function sectionsOnDisk(
	slug: string,
): { slug: string; title: string; shortTitle: string }[] {
	return readdirSync(new URL(`${slug}/`, articlesDir))
		.filter((file) => /^\d\d-.+\.mdx$/.test(file))
		.sort()
		.map((file) => {
			const text = readFileSync(new URL(`${slug}/${file}`, articlesDir), 'utf8');
			const front = parse(text.split(/^---$/m)[1] ?? '') as { title: string; shortTitle: string };
			return { slug: file.slice(3, -4), title: front.title, shortTitle: front.shortTitle };
		});
}

/** An article's `article.yaml`, as far as the tests read it. */
export interface ArticleOnDisk {
	readonly slug: string;
	readonly unlisted: boolean;
	readonly original: { readonly title: string; readonly author: string };
}

/** Every article under content/articles/, in folder order. */
export function articlesOnDisk(): ArticleOnDisk[] {
	return readdirSync(articlesDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort()
		.map((slug) => {
			const yaml = parse(readFileSync(new URL(`${slug}/article.yaml`, articlesDir), 'utf8')) as {
				unlisted?: boolean;
				original: { title: string; author: string };
			};
			return { slug, unlisted: yaml.unlisted === true, original: yaml.original };
		});
}

/** Fails the test on any console error or uncaught page error. */
export function failOnConsoleErrors(page: Page): void {
	page.on('console', (message) => {
		if (message.type() === 'error') throw new Error(`Console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => {
		throw error;
	});
}

/** The page's width beyond the viewport, in CSS pixels (0 when nothing overflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
	);
}

/** Checks that every section of article `slug` shows its heading and all its paragraphs. */
export async function expectSectionsVisible(page: Page, slug: string): Promise<void> {
	for (const section of sectionsOnDisk(slug)) {
		const element = page.locator(`section#${section.slug}`);
		await expect(element.getByRole('heading', { level: 2, name: section.title })).toBeVisible();
		const paragraphs = element.locator('.rd-prose > p');
		expect(await paragraphs.count()).toBeGreaterThan(0);
		for (const paragraph of await paragraphs.all()) await expect(paragraph).toBeVisible();
	}
}

/** Checks that the page shows every section of article `slug` in file order, with its heading and id. */
export async function expectSectionsInOrder(page: Page, slug: string): Promise<void> {
	const expected = sectionsOnDisk(slug);
	const sections = page.locator('main section.rd-section');
	await expect(sections).toHaveCount(expected.length);
	for (const [index, section] of expected.entries()) {
		const element = sections.nth(index);
		await expect(element).toHaveAttribute('id', section.slug);
		await expect(element.getByRole('heading', { level: 2 })).toHaveText(section.title);
	}
}

/**
 * Opens `path`, reads it to the end and waits for the network to settle; returns the address of
 * every request the page made, so a test can check none left the site's origin.
 */
export async function requestsWhileReading(page: Page, path: string): Promise<string[]> {
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto(path);
	await page.keyboard.press('End');
	await page.waitForLoadState('networkidle');
	return requests;
}

/**
 * Opens the header's reader settings (theme, motion, kinds of note) as a reader would, with a
 * click where the button is: no scrolling first, since the header stays on screen.
 */
export async function openSettings(page: Page): Promise<void> {
	const button = page.getByRole('button', { name: 'Settings' });
	const box = await button.boundingBox();
	if (!box) throw new Error('The Settings button is not on screen');
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await expect(page.getByRole('dialog', { name: 'Reader settings' })).toBeVisible();
}

/**
 * Waits until an article page is laid out in full (src/scripts/lay-out-ahead.ts). Until then,
 * on a phone, blocks far from the viewport have estimated heights, so a position read there is
 * not yet where the reader will find it. Other pages go on at once.
 */
export async function laidOut(page: Page): Promise<void> {
	await page.waitForFunction(
		() =>
			!document.querySelector('.rd-article-grid') || 'laidOut' in document.documentElement.dataset,
	);
}
