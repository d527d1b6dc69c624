import { describe, expect, test } from 'vitest';
import {
	packRows,
	placeLabels,
	type HungLabel,
} from '../../../../src/lib/charts/two-track-timeline/pack-rows';

/** A label `width` wide hung at `at`: centred, starting at its dot, or ending at it. */
function hung(at: number, width: number): HungLabel {
	return {
		at,
		options: [
			{ anchor: 'middle', x: at, left: at - width / 2, right: at + width / 2 },
			{ anchor: 'start', x: at, left: at, right: at + width },
			{ anchor: 'end', x: at, left: at - width, right: at },
		],
	};
}

describe('packRows and placeLabels', () => {
	test('packRows(extents, rows, gap) puts each extent in the first row with room', () => {
		const rows = packRows(
			[
				{ left: 0, right: 50 },
				{ left: 40, right: 90 },
				{ left: 60, right: 100 },
			],
			3,
			8,
		);
		expect(rows).toEqual([0, 1, 0]);
	});

	test('placeLabels(labels, rows, gap) lets no leader line cross a label in a row above its own', () => {
		// Three dots close together, labels far wider than the gaps between them.
		const labels = [hung(100, 160), hung(140, 120), hung(170, 180)];
		const places = placeLabels(labels, 5, 8);
		places.forEach((place, i) => {
			const at = labels[i]?.at ?? 0;
			for (const above of places.filter((p) => p.row < place.row)) {
				expect(at < above.option.left - 3 || at > above.option.right + 3).toBe(true);
			}
			for (const same of places.filter((p, j) => j !== i && p.row === place.row)) {
				expect(
					same.option.right + 8 <= place.option.left || place.option.right + 8 <= same.option.left,
				).toBe(true);
			}
		});
	});

	test('placeLabels(labels, rows, gap) prefers the first row and the first option', () => {
		expect(placeLabels([hung(100, 40), hung(300, 40)], 3, 8)).toEqual([
			{ row: 0, option: hung(100, 40).options[0] },
			{ row: 0, option: hung(300, 40).options[0] },
		]);
	});
});
