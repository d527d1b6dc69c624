/** The article metadata JSON-LD needs; mirrors the `articles` collection schema. */
export interface ArticleMeta {
	readonly title: string;
	readonly summary: string;
	readonly updated: Date;
	readonly original: {
		readonly title: string;
		readonly author: string;
		readonly outlet: string;
		readonly published: string;
		readonly url: string;
	};
}

/** schema.org `Article` for this reading, naming the work it is based on. */
export function articleJsonLd(article: ArticleMeta, url: string): Record<string, unknown> {
	const site = new URL('/', url).href;
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: article.title,
		description: article.summary,
		url,
		mainEntityOfPage: url,
		dateModified: article.updated.toISOString().slice(0, 10),
		inLanguage: 'en',
		publisher: { '@type': 'Organization', name: 'Annotated readings', url: site },
		isBasedOn: {
			'@type': 'Article',
			headline: article.original.title,
			author: { '@type': 'Person', name: article.original.author },
			publisher: { '@type': 'Organization', name: article.original.outlet },
			datePublished: article.original.published,
			url: article.original.url,
		},
	};
}
