/** A horizontal extent to place in a row. */
export interface Extent {
	readonly left: number;
	readonly right: number;
}

/** Rough width of a label in 11px sans-serif; layouts use it to avoid collisions, not to measure. */
export function estimateTextWidth(text: string): number {
	return text.length * 6;
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
