import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';

export const FIXTURE = '/kitchen-sink/';
export const ESSAY_SLUG = 'putin-and-the-hermit-kingdom';
export const ESSAY = `/${ESSAY_SLUG}/`;

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
