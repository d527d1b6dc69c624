/** Space between stacked sidenotes and between a sidenote and a figure, in CSS pixels. */
const GAP = 12;

/** A box on the vertical axis: from `top`, `height` tall. */
export interface Span {
	readonly top: number;
	readonly height: number;
}

/**
 * Where each sidenote goes: as close to its marker (`want`) as it can, never overlapping the
 * sidenote above it or any figure that reaches into the margin (`blocked`). A note that would
 * land more than `maxShift` below its marker gets `null`: it is better shown as a popover than
 * far from the line it annotates. Pure, in reading order.
 */
export function stackSidenotes(
	notes: readonly Span[],
	blocked: readonly Span[],
	maxShift = Infinity,
): (number | null)[] {
	let floor = -Infinity;
	return notes.map(({ top: want, height }) => {
		let top = Math.max(want, floor);
		for (const figure of blocked) {
			if (top < figure.top + figure.height && top + height > figure.top) {
				top = figure.top + figure.height + GAP;
			}
		}
		if (top - want > maxShift) return null;
		floor = top + height + GAP;
		return top;
	});
}
