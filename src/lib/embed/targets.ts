import type { EmbedTarget } from './snippet';

/** The fields of an article section the embed snippets need. */
export interface EmbeddableSection {
	readonly article: string;
	readonly slug: string;
	readonly figures: readonly unknown[];
	readonly entry: { readonly data: { readonly title: string; readonly embeddable?: boolean } };
}

/** Every section is published as an embed unless its frontmatter says `embeddable: false`. */
export function isEmbeddable(section: EmbeddableSection): boolean {
	return section.entry.data.embeddable !== false;
}

/** A section as the snippets, oEmbed files and thumbnails name it. */
export function embedTarget(
	section: EmbeddableSection,
	original: EmbedTarget['original'],
	site: URL | string,
): EmbedTarget {
	return {
		article: section.article,
		section: section.slug,
		title: section.entry.data.title,
		original: { title: original.title, author: original.author },
		hasFigure: section.figures.length > 0,
		site,
	};
}

/**
 * The section whose thumbnail previews the whole article: the one holding its first figure,
 * among those with a thumbnail (the embeddable ones); else the first embeddable section.
 */
export function previewSection<S extends EmbeddableSection>(sections: readonly S[]): S | undefined {
	const embeddable = sections.filter(isEmbeddable);
	return embeddable.find((section) => section.figures.length > 0) ?? embeddable[0];
}
