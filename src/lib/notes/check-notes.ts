import { NOTE_KINDS, type NoteKind } from './note-kinds';
import type { ScannedNote } from './scan-notes';
import { lineOf, linesOf } from '../util/line-of';

interface SectionNotes {
	readonly id: string;
	readonly notes: readonly ScannedNote[];
	readonly entry: { readonly filePath?: string | undefined };
}

/**
 * Checks every article's notes before any page renders: every cited key must be in the
 * bibliography, and note ids unique within an article (they are deep links). Reports, without
 * failing, sources that nothing cites.
 */
export function checkNotes(sections: readonly SectionNotes[], sourceKeys: readonly string[]): void {
	const known = new Set(sourceKeys);
	for (const section of sections) {
		const file = section.entry.filePath ?? section.id;
		const unknown = section.notes.flatMap((note) => note.keys).find((key) => !known.has(key));
		if (unknown) {
			const line = lineOf(file, unknown);
			throw new Error(
				`${file}${line ? `:${line}` : ''}: unknown source key "${unknown}". Fix: add an entry with "id": "${unknown}" to content/sources.json, or use an existing key.`,
			);
		}
	}
	const seen = new Map<string, string>();
	for (const section of sections) {
		const article = section.id.split('/')[0] ?? '';
		for (const note of section.notes) {
			const key = `${article}/${note.id}`;
			const file = section.entry.filePath ?? section.id;
			const lines = linesOf(file, `id="${note.id}"`);
			const line = lines[seen.has(key) ? lines.length - 1 : 0];
			const here = `${file}${line === undefined ? '' : `:${line}`}`;
			const earlier = seen.get(key);
			if (earlier) {
				throw new Error(
					`${here}: note "${note.id}" has the same id as the note at ${earlier}. Fix: give each note its own id.`,
				);
			}
			seen.set(key, here);
		}
	}
	const cited = new Set(sections.flatMap((section) => section.notes.flatMap((note) => note.keys)));
	const uncited = sourceKeys.filter((key) => !cited.has(key));
	if (uncited.length > 0) {
		// A report for the author, not a failure: a source may be kept for a section in progress.
		// eslint-disable-next-line no-console
		console.warn(
			`content/sources.json: ${uncited.length} ${uncited.length === 1 ? 'entry is' : 'entries are'} not cited anywhere: ${uncited.join(', ')}. Cite them or remove them.`,
		);
	}
}

/** How many notes of each kind the sections hold. */
export function countByKind(
	sections: readonly { readonly notes: readonly ScannedNote[] }[],
): Record<NoteKind, number> {
	const counts = Object.fromEntries(NOTE_KINDS.map((kind) => [kind, 0])) as Record<
		NoteKind,
		number
	>;
	for (const note of sections.flatMap((section) => section.notes)) counts[note.kind] += 1;
	return counts;
}
