import { scopeFootnotes } from './footnotes';

/**
 * Stands for the section's number in markup that components render before they can know it
 * (figure labels inside a scrolly); `finishSectionHtml` fills it in.
 */
export const SECTION_NUMBER = '\u2063SECTION\u2063';

/** Final build-time pass over one section's HTML: scoped note ids and figure numbers. */
export function finishSectionHtml(html: string, section: { slug: string; number: number }): string {
	return scopeFootnotes(html, section.slug).replaceAll(SECTION_NUMBER, String(section.number));
}
