/** A horizontal extent to place in a row. */
export interface Extent {
	readonly left: number;
	readonly right: number;
}

/**
 * Greedy row packing: each extent (sorted by `left`) goes into the first row whose last extent
 * ends at least `gap` before it starts; when every row is taken, into the row that ends first.
 * Returns a row index per extent.
 */
export function packRows(extents: readonly Extent[], rowCount: number, gap: number): number[] {
	const rowEnds: number[] = Array.from({ length: rowCount }, () => -Infinity);
	return extents.map(({ left, right }) => {
		let row = rowEnds.findIndex((end) => end + gap <= left);
		if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
		rowEnds[row] = right;
		return row;
	});
}

/** One way to place a label: its extent, and its anchor and x as a text mark. */
export interface LabelOption extends Extent {
	readonly anchor: 'start' | 'middle' | 'end';
	readonly x: number;
}

/** A label hung by a leader line from its dot at `at`, with the ways it may be placed. */
export interface HungLabel {
	readonly at: number;
	/** In order of preference; at least one. */
	readonly options: readonly LabelOption[];
}

/** Where `placeLabels` puts a label: a row and one of its options. */
export interface LabelPlace {
	readonly row: number;
	readonly option: LabelOption;
}

/** How many partial placements the search may try before it settles for the best so far. */
const BUDGET = 50_000;

/**
 * Places labels hung from their dots in rows below them, so that no two labels in a row overlap
 * (`gap` apart at least) and, as far as possible, no leader line crosses a label in a row above
 * its own. A bounded search over every row and option: fewest crossings first, then the
 * shallowest rows, then the preferred options. Deterministic.
 */
export function placeLabels(
	labels: readonly HungLabel[],
	rowCount: number,
	gap: number,
): LabelPlace[] {
	const chosen: (LabelPlace & { readonly at: number })[] = [];
	let best: { cost: number; places: LabelPlace[] } | undefined;
	let budget = BUDGET;
	const search = (i: number, cost: number): void => {
		if ((best && cost >= best.cost) || budget-- <= 0) return;
		const label = labels[i];
		if (!label) {
			best = { cost, places: chosen.map(({ row, option }) => ({ row, option })) };
			return;
		}
		for (let row = 0; row < rowCount; row++) {
			for (const [preference, option] of label.options.entries()) {
				if (chosen.some((c) => c.row === row && overlaps(c.option, option, gap))) continue;
				const crossings = chosen.filter((c) =>
					c.row < row ? crosses(label.at, c.option) : c.row > row && crosses(c.at, option),
				).length;
				chosen.push({ row, option, at: label.at });
				search(i + 1, cost + crossings * 10_000 + row * 10 + preference);
				chosen.pop();
			}
		}
	};
	search(0, 0);
	// No placement without overlaps (more labels than rows can hold): stack them row by row.
	return (
		best?.places ??
		labels.map((label, i) => ({
			row: i % rowCount,
			option: label.options[0] ?? { ...NOWHERE, x: label.at },
		}))
	);
}

const NOWHERE = { left: 0, right: 0, anchor: 'middle' } as const;

function overlaps(a: Extent, b: Extent, gap: number): boolean {
	return a.right + gap > b.left && b.right + gap > a.left;
}

/** True when a vertical line at `x` passes through `extent` (with a little room either side). */
function crosses(x: number, extent: Extent): boolean {
	return x >= extent.left - 3 && x <= extent.right + 3;
}
