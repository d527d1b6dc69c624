import { FRAMES } from '../../src/lib/charts/chart-type';
import { seaMap, type SeaMapData } from '../../src/lib/charts/sea-map';
import { createCitationFormatter } from '../../src/lib/notes/format-citations';

/**
 * How long a cold start of a heavy dependency may take: reading the Natural Earth atlas and
 * clipping it for a map, or loading citation-js's style, takes about a second on a quiet
 * machine and several on a busy two-core one, more than a test's default 5 s. Warm them in a
 * `beforeAll` given this time, so no single test pays for the cold start.
 */
export const COLD_LOAD_MS = 60_000;

/**
 * Lays out a sea map once in each frame, in a `beforeAll` given `COLD_LOAD_MS`: the first layout
 * of a map clips and simplifies the atlas for each framing (cached by bounds and frame), which
 * takes longer than the rest of a test file's layouts together.
 */
export function warmSeaMap(data: SeaMapData): void {
	for (const frame of FRAMES)
		seaMap.layout(data, seaMap.state.parse({ day: data.days[0]?.date ?? '1968-01-01' }), frame);
}

/**
 * Formats one citation, once per test file, so citation-js parses its CSL style and locale in a
 * `beforeAll` given `COLD_LOAD_MS` rather than inside the first test that formats a note.
 */
export function warmCitations(): void {
	createCitationFormatter([
		{ id: 'warm2020up', type: 'book', title: 'Warm-up', issued: { 'date-parts': [[2020]] } },
	]).note('warm2020up');
}
