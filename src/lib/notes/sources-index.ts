import type { CslItem } from './csl-schema';
import { createCitationFormatter, type CitationFormatter } from './format-citations';

/** An error in how a note or citation is written; names the offending key where there is one. */
export class NoteError extends Error {}

/** The bibliography, looked up by key, with a formatter; built once per list of sources. */
export interface SourcesIndex {
	readonly format: CitationFormatter;
	/** Returns `keys` if they name at least one source and only known ones; throws otherwise. */
	checkKeys(keys: readonly string[]): readonly string[];
}

const cache = new WeakMap<readonly CslItem[], SourcesIndex>();

export function sourcesIndex(items: readonly CslItem[]): SourcesIndex {
	const cached = cache.get(items);
	if (cached) return cached;
	const known = new Set(items.map((item) => item.id));
	const format = createCitationFormatter(items);
	const index: SourcesIndex = {
		format,
		checkKeys(keys) {
			if (keys.length === 0)
				throw new NoteError('a citation names no source. Fix: give <Cite id="citekey" />.');
			for (const key of keys) {
				if (!known.has(key)) {
					throw new NoteError(
						`unknown source key "${key}". Fix: add an entry with "id": "${key}" to content/sources.json, or use an existing key.`,
					);
				}
			}
			return keys;
		},
	};
	cache.set(items, index);
	return index;
}
