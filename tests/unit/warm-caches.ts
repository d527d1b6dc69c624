import { loadWorld } from '../../src/lib/charts/sea-map/atlas';
import { createCitationFormatter } from '../../src/lib/notes/format-citations';

/**
 * How long a cold load of a heavy dependency may take: reading and meshing the Natural Earth
 * atlas takes about a second on a quiet machine and several on a busy two-core one, which is
 * more than a test's default 5 s.
 */
export const COLD_LOAD_MS = 60_000;

/**
 * Loads both atlas resolutions once per test file, in a `beforeAll` given `COLD_LOAD_MS`, so no
 * single test pays for the cold load: `beforeAll(warmAtlas, COLD_LOAD_MS)`.
 */
export function warmAtlas(): void {
	loadWorld('50m');
	loadWorld('10m');
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
