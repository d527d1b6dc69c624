/** Where a section file sits: which article, its place in the reading order, and its anchor. */
export interface SectionPath {
	/** `<article>/<section-slug>`: the collection id. */
	readonly id: string;
	readonly article: string;
	/** The section's `#id` on the page: the file name without its number. */
	readonly slug: string;
	/** Reading order, from the two-digit prefix. */
	readonly order: number;
}

const SECTION_FILE = /^([a-z0-9-]+)\/(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** Whether `<article>/<file>` (relative to the articles folder) is named as a section must be. */
export function isSectionFile(path: string): boolean {
	return SECTION_FILE.test(path);
}

/** Reads `<article>/NN-<slug>.mdx` (relative to the articles folder). Throws with the fix on a bad name. */
export function sectionIdFromPath(path: string): SectionPath {
	const match = SECTION_FILE.exec(path);
	if (!match) {
		throw new Error(
			`Section file "${path}" is misnamed: use <article>/NN-<slug>.mdx with a two-digit order and a lowercase kebab-case slug, e.g. my-essay/03-the-crash.mdx`,
		);
	}
	const [, article = '', order = '', slug = ''] = match;
	return { id: `${article}/${slug}`, article, slug, order: Number(order) };
}
