import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { getCollection, render } from 'astro:content';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { mdxComponents } from '../../../components/article/mdx-components';
import { renderLocals, sectionsOf } from '../../../lib/content/sections';
import { firstFigureSvg, renderThumbnail } from '../../../lib/embed/thumbnail';
import { isEmbeddable } from '../../../lib/embed/targets';
import { locateBuildError } from '../../../lib/section/locate-error';
import tokensCss from '../../../styles/tokens.css?raw';
import chartsCss from '../../../styles/charts.css?raw';

/**
 * One PNG per embeddable section, `/oembed/<article>/<section>.png`: its first figure in the
 * state the page shows before any step (or a title card), the oEmbed thumbnail and the embed
 * page's og:image. The sections are rendered here to read that figure's SVG.
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
		const placed = sectionsOf(sections, article.id);
		const locals: App.Locals = renderLocals(article.id, placed);
		for (const section of placed) {
			const { entry } = section;
			const { Content } = await render(entry);
			// Every section renders, in order, so figure numbers and step ids stay those of the page.
			const html = await container
				.renderToString(Content, { props: { components: mdxComponents }, locals })
				.catch((error: unknown) => {
					throw locateBuildError(error, entry.filePath ?? entry.id);
				});
			if (!isEmbeddable(section)) continue;
			const figure = section.figures[0];
			const { original } = article.data;
			paths.push({
				params: { article: article.id, section: section.slug },
				props: {
					kicker: figure ? `Figure ${figure.number}` : `Part ${section.number}`,
					title: entry.data.title,
					summary: entry.data.summary,
					credit: `From an annotated reading of “${original.title}” by ${original.author}`,
					figureSvg: figure ? firstFigureSvg(html) : undefined,
				},
			});
		}
	}
	return paths;
}) satisfies GetStaticPaths;

const require = createRequire(import.meta.url);
const fonts = {
	serif:
		require.resolve('@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2'),
	sans: require.resolve('@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2'),
};

export const GET: APIRoute<Props> = async ({ props }) => {
	const png = await renderThumbnail(props, { tokensCss, chartsCss }, fonts);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

type Props = Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
