import { placeNotes } from '../notes/place-notes';

/**
 * Stands for a figure's number in markup that components render before they can know it
 * (a scrolly's captions and step labels); `finishSectionHtml` fills it in.
 */
export const FIGURE_NUMBER = '\u2063FIGURE\u2063';

/**
 * Final build-time pass over one section's HTML: notes numbered and gathered as endnotes, and
 * each scrolly's figure number, counting on from `firstFigure` in document order.
 */
export function finishSectionHtml(
	html: string,
	section: { slug: string; firstFigure: number; noteCount: number },
): string {
	if (html.includes('data-footnotes')) {
		throw new Error(
			`section "${section.slug}" uses Markdown footnotes ([^label]). Fix: write <Cite id="citekey" /> for a source, or <Note kind="context" id="…">…</Note> for a note, so every note is numbered, filtered and shown beside the text like the rest.`,
		);
	}
	const withNotes = placeNotes(html, { slug: section.slug, expected: section.noteCount });
	const [before = '', ...scrollies] = withNotes.split('<reader-scrolly');
	return [
		before,
		...scrollies.map((part, i) => part.replaceAll(FIGURE_NUMBER, String(section.firstFigure + i))),
	].join('<reader-scrolly');
}
