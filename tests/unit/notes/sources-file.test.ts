import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CslItem } from '../../../src/lib/notes/csl-schema';
import { createCitationFormatter } from '../../../src/lib/notes/format-citations';

const items = CslItem.array().parse(
	JSON.parse(readFileSync(new URL('../../../content/sources.json', import.meta.url), 'utf8')),
);

describe('content/sources.json', () => {
	it('holds at least 40 sources, each with a unique citekey', () => {
		expect(items.length).toBeGreaterThanOrEqual(40);
		expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
	});

	it('gives every source a distinct short note, so notes never leave two sources looking alike', () => {
		const format = createCitationFormatter(items);
		const notes = items.map((item) => format.note(item.id));
		const repeated = notes.filter((note, i) => notes.indexOf(note) !== i);
		expect(repeated).toEqual([]);
		// Formats every source, so it grows with the file: near 5 s on a busy machine at 180 entries.
	}, 20_000);

	it('links only to publishers, never to known mirrors', () => {
		const mirrors =
			/docslib|yumpu|vdocument|able2know|primidi|wikiclassic|miniwiki|issuhub|paperblog|rulit|townhall|unionleader|ksat\.com|devdiscourse|menafn|today\.az/;
		expect(
			items.filter((item) => item.URL && mirrors.test(item.URL)).map((item) => item.id),
		).toEqual([]);
	});
});
