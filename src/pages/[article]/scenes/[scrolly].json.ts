import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getCollection, render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../../../components/article/mdx-components';
import { renderLocals, sectionsOf } from '../../../lib/content/sections';
import { locateBuildError } from '../../../lib/section/locate-error';

/**
 * One JSON file of packed scenes per scrolly, `/<article>/scenes/<first step id>.json`: the
 * browser fetches it when the scrolly nears the viewport, so the article's HTML carries only
 * each step's static figure and an empty live chart. The sections are rendered once more here, and each `<Scrolly>`
 * hands its scenes to `locals.scenes`.
 */
export const getStaticPaths = (async () => {
	const container = await AstroContainer.create({
		renderers: await loadRenderers([getContainerRenderer()]),
	});
	const [articles, sections] = await Promise.all([
		getCollection('articles'),
		getCollection('sections'),
	]);
	const paths = [];
	for (const article of articles) {
		const scenes = new Map<string, string>();
		const placed = sectionsOf(sections, article.id);
		const locals: App.Locals = { ...renderLocals(article.id, placed), scenes };
		for (const { entry } of placed) {
			const { Content } = await render(entry);
			await container
				.renderToString(Content, { props: { components: mdxComponents }, locals })
				.catch((error: unknown) => {
					throw locateBuildError(error, entry.filePath ?? entry.id);
				});
		}
		for (const [scrolly, json] of scenes)
			paths.push({ params: { article: article.id, scrolly }, props: { json } });
	}
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props['json'] as string, { headers: { 'Content-Type': 'application/json' } });
