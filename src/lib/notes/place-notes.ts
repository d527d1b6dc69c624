import { KIND_LABELS, type NoteKind } from './note-kinds';

/** Stands for the note's number in a marker, and for a citation's id, until the section is placed. */
export const NOTE_NUMBER = '\u2063NOTE\u2063';
export const CITE_ID = '\u2063CITE\u2063';

const UNIT =
	/<a class="rd-note-ref"[\s\S]*?<\/a><template data-note-body[^>]*>[\s\S]*?<\/template>/g;
const BODY = /<template data-note-body="([^"]*)" data-kind="([^"]*)">([\s\S]*?)<\/template>/;

/**
 * Numbers a section's notes in reading order, gives each citation its id, and moves every
 * note's body from beside its marker to the section's endnotes (linked both ways). The notes
 * are written once; the browser shows these same endnotes as sidenotes, popovers or inline.
 * `expected` is the count the source scan found; a mismatch means a note the scan cannot see.
 */
export function placeNotes(html: string, section: { slug: string; expected: number }): string {
	const notes: string[] = [];
	let cites = 0;
	const placed = html.replace(UNIT, (unit) => {
		const number = notes.length + 1;
		const isCite = unit.includes(CITE_ID);
		if (isCite) cites += 1;
		const filled = unit
			.replaceAll(NOTE_NUMBER, String(number))
			.replaceAll(CITE_ID, `cite-${section.slug}-${cites}`);
		const [body = '', id = '', kind = 'source', content = ''] = BODY.exec(filled) ?? [];
		notes.push(endnote(id, kind as NoteKind, number, content));
		return filled.replace(body, '');
	});
	if (notes.length !== section.expected) {
		throw new Error(
			`section "${section.slug}" renders ${notes.length} notes but its source shows ${section.expected}. Fix: give <Cite> and <Note> plain string props (id="…") and keep them out of code blocks and expressions.`,
		);
	}
	if (notes.length === 0) return placed;
	return `${placed}
<section class="rd-endnotes rd-ui" aria-labelledby="${section.slug}-endnotes"><h3 id="${section.slug}-endnotes">Notes</h3><ol>${notes.join('')}</ol></section>`;
}

function endnote(id: string, kind: NoteKind, number: number, content: string): string {
	return (
		`<li id="note-${id}" data-kind="${kind}" value="${number}">` +
		`<p class="rd-note-label">${KIND_LABELS[kind].one}</p>${content}` +
		` <a class="rd-note-back" href="#ref-${id}" aria-label="Back to note ${number} in the text">↩</a></li>`
	);
}
