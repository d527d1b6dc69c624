import type { ScannedNote } from './scan-notes';

/** Where a source is cited: the note's anchor id and its label, e.g. "3.4" (section 3, note 4). */
export interface Citation {
	readonly id: string;
	readonly label: string;
}

/** For each source key, the notes that cite it, in reading order. */
export function citedIn(
	sections: readonly { readonly number: number; readonly notes: readonly ScannedNote[] }[],
): Map<string, Citation[]> {
	const map = new Map<string, Citation[]>();
	for (const section of sections) {
		for (const note of section.notes) {
			for (const key of note.keys) {
				const list = map.get(key) ?? [];
				list.push({ id: note.id, label: `${section.number}.${note.number}` });
				map.set(key, list);
			}
		}
	}
	return map;
}
