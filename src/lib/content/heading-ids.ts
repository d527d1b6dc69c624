import { lineOf } from '../util/line-of';

/** One section as rendered: its own id, its file and the ids MDX gave its headings. */
interface RenderedSection {
	readonly slug: string;
	readonly file: string;
	readonly headings: readonly { readonly slug: string; readonly text: string }[];
}

/**
 * MDX gives each heading an id from its words, unique within its file only: two sections of an
 * article with the same sub-heading would share an id on the page, and a link to the second
 * would open the first. Throws naming the heading's file and line, and the fix.
 */
export function checkHeadingIds(sections: readonly RenderedSection[]): void {
	const taken = new Map<string, string>();
	for (const { slug, file } of sections) {
		taken.set(slug, `the section ${file}`);
		taken.set(`${slug}-title`, `the heading of the section ${file}`);
	}
	for (const { file, headings } of sections) {
		for (const heading of headings) {
			const line = lineOf(file, heading.text);
			const here = `${file}${line === undefined ? '' : `:${line}`}`;
			const earlier = taken.get(heading.slug);
			if (earlier) {
				throw new Error(
					`${here}: the heading "${heading.text}" gets the id "${heading.slug}", which ${earlier} has already, so a link to #${heading.slug} would open the wrong place. Fix: reword one of the two headings.`,
				);
			}
			taken.set(heading.slug, `the heading at ${here}`);
		}
	}
}
