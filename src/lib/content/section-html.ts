import { scopeFootnotes } from './footnotes';

/**
 * Stands for a figure's number in markup that components render before they can know it
 * (a scrolly's captions and step labels); `finishSectionHtml` fills it in.
 */
export const FIGURE_NUMBER = '\u2063FIGURE\u2063';

/**
 * Final build-time pass over one section's HTML: note ids scoped to the section, and each
 * scrolly's figure number, counting on from `firstFigure` in document order.
 */
export function finishSectionHtml(
	html: string,
	section: { slug: string; firstFigure: number },
): string {
	const [before = '', ...scrollies] = scopeFootnotes(html, section.slug).split('<reader-scrolly');
	return [
		before,
		...scrollies.map((part, i) => part.replaceAll(FIGURE_NUMBER, String(section.firstFigure + i))),
	].join('<reader-scrolly');
}
