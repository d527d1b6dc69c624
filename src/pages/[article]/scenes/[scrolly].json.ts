import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getCollection, render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import Scrolly from '../../../components/scrolly/Scrolly.astro';
import Step from '../../../components/scrolly/Step.astro';
import Cite from '../../../components/notes/Cite.astro';
import Note from '../../../components/notes/Note.astro';
import { locateBuildError } from '../../../lib/content/locate-error';

/**
 * One JSON file of packed scenes per scrolly, `/<article>/scenes/<first step id>.json`: the
 * browser fetches it when the scrolly nears the viewport, so the article's HTML carries only
 * each chart's first state. The sections are rendered once more here, and each `<Scrolly>`
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
		const locals: App.Locals = { article: article.id, stepIds: new Set(), scenes };
		for (const section of sections.filter((s) => s.id.startsWith(`${article.id}/`))) {
			const { Content } = await render(section);
			await container
				.renderToString(Content, { props: { components: { Scrolly, Step, Cite, Note } }, locals })
				.catch((error: unknown) => {
					throw locateBuildError(error, section.filePath ?? section.id);
				});
		}
		for (const [scrolly, json] of scenes)
			paths.push({ params: { article: article.id, scrolly }, props: { json } });
	}
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props['json'] as string, { headers: { 'Content-Type': 'application/json' } });
