import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { sectionsOf } from '../../../lib/content/sections';
import { oembedResponse } from '../../../lib/embed/snippet';
import { embedTarget, isEmbeddable } from '../../../lib/embed/targets';

/**
 * One static oEmbed response per embeddable section, `/oembed/<article>/<section>.json`: the
 * article page and the section's embed page point consumers at it with
 * `<link rel="alternate" type="application/json+oembed">`, so no oEmbed server is needed.
 */
export const getStaticPaths = (async () => {
	const [articles, sections] = await Promise.all([
		getCollection('articles'),
		getCollection('sections'),
	]);
	return articles.flatMap((article) =>
		sectionsOf(sections, article.id)
			.filter(isEmbeddable)
			.map((section) => ({
				params: { article: article.id, section: section.slug },
				props: { section, original: article.data.original },
			})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props, site }) => {
	const target = embedTarget(props.section, props.original, site ?? '');
	return new Response(JSON.stringify(oembedResponse(target)), {
		headers: { 'Content-Type': 'application/json+oembed' },
	});
};

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
