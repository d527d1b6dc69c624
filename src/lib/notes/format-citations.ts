import core from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { CslItem } from './csl-schema';
import chicagoStyle from './csl/chicago-note-bibliography.csl?raw';

const STYLE = 'chicago-note-bibliography';
const styles = core.plugins.config.get('@csl').styles;
if (!styles.has(STYLE)) styles.add(STYLE, chicagoStyle);
const OPTIONS = { template: STYLE, format: 'html', lang: 'en-US' } as const;

/** Chicago (17th edition, shortened notes with a bibliography) formatting of one source list. */
export interface CitationFormatter {
	/** The short note for one source, as HTML, e.g. `Mobley, “Pueblo: A Retrospective.”`. */
	note(key: string): string;
	/** Full bibliography entries for `keys`, in the style's order, as HTML. */
	bibliography(keys: Iterable<string>): { id: string; html: string }[];
}

/**
 * Formats citations with citation-js and the CSL Chicago style. With a full bibliography,
 * Chicago lets every note take the short form (CMOS 14.29), so notes stay short beside the text.
 */
export function createCitationFormatter(items: readonly CslItem[]): CitationFormatter {
	const cite = new core.Cite(items);
	const notes = new Map<string, string>();
	return {
		note(key) {
			let html = notes.get(key);
			if (html === undefined) {
				html = cite.format('citation', { ...OPTIONS, entry: key }).trim();
				notes.set(key, html);
			}
			return html;
		},
		bibliography(keys) {
			const wanted = [...new Set(keys)];
			if (wanted.length === 0) return [];
			const html = cite.format('bibliography', { ...OPTIONS, entry: wanted });
			return [
				...html.matchAll(/<div data-csl-entry-id="([^"]+)" class="csl-entry">([\s\S]*?)<\/div>/g),
			].map(([, id = '', entry = '']) => ({ id, html: linkUrls(entry.trim()) }));
		},
	};
}

/** How to cite a page of this site: Chicago bibliography entry (HTML) and BibTeX. */
export function citeThisPage(item: CslItem): { chicago: string; bibtex: string } {
	const cite = new core.Cite([item]);
	const chicago = cite.format('bibliography', OPTIONS);
	return {
		chicago: linkUrls(
			/<div[^>]*class="csl-entry">([\s\S]*?)<\/div>/.exec(chicago)?.[1]?.trim() ?? '',
		),
		// citation-js invents its own BibTeX key (use the item's) and writes the month with the
		// day, `{dec 6}`, which BibTeX styles cannot read: a month is the bare macro, `dec`.
		bibtex: cite
			.format('bibtex', { format: 'text' })
			.trim()
			.replace(/^(@\w+\{)[^,]*,/, `$1${item.id},`)
			.replace(/\bmonth = \{([a-z]{3})\b[^}]*\}/, 'month = $1'),
	};
}

// The style prints addresses as text; make them links (they are escaped already).
function linkUrls(html: string): string {
	return html.replace(/(https?:\/\/[^\s<]+?)(\.?)(?=\s|<|$)/g, '<a href="$1">$1</a>$2');
}
