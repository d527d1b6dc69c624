import { describe, expect, it } from 'vitest';
import { inSitemap, unlistedArticles } from '../../../src/integrations/sitemap';

describe('inSitemap', () => {
	const unlisted = new Set(['kitchen-sink']);

	it('inSitemap(path, unlisted) keeps the home page and listed articles', () => {
		expect(inSitemap('/', unlisted)).toBe(true);
		expect(inSitemap('/putin-and-the-hermit-kingdom/', unlisted)).toBe(true);
	});

	it('inSitemap(path, unlisted) leaves out unlisted articles, embeds, scenes and feeds', () => {
		expect(inSitemap('/kitchen-sink/', unlisted)).toBe(false);
		expect(inSitemap('/embed/putin-and-the-hermit-kingdom/signals/', unlisted)).toBe(false);
		expect(inSitemap('/putin-and-the-hermit-kingdom/scenes/lifeline.json', unlisted)).toBe(false);
		expect(inSitemap('/rss.xml', unlisted)).toBe(false);
	});
});

describe('unlistedArticles', () => {
	it('unlistedArticles(folder) reads which article.yaml files say unlisted: true', () => {
		expect([...unlistedArticles('content/articles')]).toEqual(['kitchen-sink']);
	});
});
