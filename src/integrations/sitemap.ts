import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { parse } from 'yaml';

/**
 * Whether a built URL's path belongs in the sitemap: reading pages only (not chart scenes, the
 * feed or embeds, which are framed elsewhere), and no article marked `unlisted` (fixtures).
 */
export function inSitemap(pathname: string, unlisted: ReadonlySet<string>): boolean {
	if (!pathname.endsWith('/')) return false;
	const first = pathname.split('/')[1] ?? '';
	return first !== 'embed' && !unlisted.has(first);
}

/** The slugs of the articles whose article.yaml says `unlisted: true`. */
export function unlistedArticles(articlesRoot: string): Set<string> {
	const slugs = readdirSync(articlesRoot, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);
	return new Set(
		slugs.filter((slug) => {
			const data: unknown = parse(readFileSync(join(articlesRoot, slug, 'article.yaml'), 'utf8'));
			return (
				typeof data === 'object' && data !== null && 'unlisted' in data && data.unlisted === true
			);
		}),
	);
}

/** @astrojs/sitemap with the reader's filter; the content collections have checked article.yaml. */
export function readerSitemap(articlesRoot: string): AstroIntegration {
	let unlisted: Set<string> | undefined;
	return sitemap({
		filter: (url) =>
			inSitemap(new URL(url).pathname, (unlisted ??= unlistedArticles(articlesRoot))),
	});
}
