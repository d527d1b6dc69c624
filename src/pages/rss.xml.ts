import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

/** The feed of listed articles, newest revision first; pages advertise it in their <head>. */
export const GET: APIRoute = async ({ site }) => {
	const articles = await getCollection('articles', (article) => !article.data.unlisted);
	return rss({
		title: 'Annotated readings',
		description:
			'Annotated, scroll-driven readings of essays, with sources and what happened next.',
		site: site ?? '',
		items: articles
			.sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime())
			.map((article) => ({
				title: article.data.title,
				description: article.data.summary,
				link: `/${article.id}/`,
				pubDate: article.data.updated,
			})),
	});
};
