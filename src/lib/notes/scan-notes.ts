import { citeId } from './cite-id';
import type { NoteKind } from './note-kinds';

/** A note as written in a section's MDX source, before it renders. */
export interface ScannedNote {
	readonly kind: NoteKind;
	/** The note's anchor id (`note-<id>`): the author's for <Note>, `citeId(…)` for <Cite>. */
	readonly id: string;
	/** Source keys it cites. */
	readonly keys: readonly string[];
	/** 1-based number within its section, in reading order. */
	readonly number: number;
}

const TAG = /<(Cite|Note)\b((?:[^>"]|"[^"]*")*)\/?>/g;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;

/**
 * Lists the notes of one section from its MDX source, in reading order, so the article can
 * number them and link the bibliography back to them before any section renders. Props of
 * <Cite> and <Note> must be plain strings (`id="…"`) for this to see them.
 */
export function scanNotes(body: string, sectionSlug: string): ScannedNote[] {
	let cites = 0;
	return [...body.matchAll(TAG)].map((match, index) => {
		const attributes = Object.fromEntries(
			[...(match[2] ?? '').matchAll(ATTRIBUTE)].map(([, k, v]) => [k, v]),
		);
		const number = index + 1;
		if (match[1] === 'Cite') {
			cites += 1;
			return {
				kind: 'source',
				id: citeId(sectionSlug, cites),
				keys: splitKeys(attributes['id']),
				number,
			};
		}
		return {
			kind: (attributes['kind'] ?? 'context') as NoteKind,
			id: attributes['id'] ?? '',
			keys: splitKeys(attributes['cite']),
			number,
		};
	});
}

/** `"a b, c"` → `['a', 'b', 'c']`. */
export function splitKeys(value: string | undefined): string[] {
	return (value ?? '').split(/[\s,;]+/).filter(Boolean);
}
