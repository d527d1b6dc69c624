/** Space between stacked sidenotes and between a sidenote and a figure, in CSS pixels. */
const GAP = 12;

/** A box on the vertical axis: from `top`, `height` tall. */
export interface Span {
	readonly top: number;
	readonly height: number;
}

/** Notes stacked edge to edge (with gaps) that move as one. */
interface Run {
	/** Position in the stretch's list of the run's first note. */
	readonly first: number;
	/** Sum over the run of (wanted top − offset within the run), and how many notes. */
	sum: number;
	count: number;
	height: number;
	top: number;
}

/**
 * Where each sidenote goes: as close to its marker's line (`top`) as it can, a little above it
 * or below it, never overlapping another sidenote or a figure that reaches into the margin
 * (`blocked`). Crowded notes share the displacement: a run of notes that touch sits at the mean
 * of where its notes want to be (the least-squares placement, found by pooling adjacent runs),
 * so one busy paragraph does not push every later note down the page. A note that would land
 * more than `maxShift` from its marker gets `null`, the farthest first, and the others are placed
 * again without it: it is better shown as a popover than far from the line it annotates.
 * Pure, in reading order.
 */
export function stackSidenotes(
	notes: readonly Span[],
	blocked: readonly Span[],
	maxShift = Infinity,
): (number | null)[] {
	const kept = notes.map(() => true);
	for (;;) {
		const tops = placeAll(notes, kept, blocked);
		let worst = -1;
		tops.forEach((top, i) => {
			const shift = top === null ? 0 : Math.abs(top - (notes[i]?.top ?? 0));
			const worstShift = Math.abs((tops[worst] ?? 0) - (notes[worst]?.top ?? 0));
			if (shift > maxShift && (worst < 0 || shift > worstShift)) worst = i;
		});
		if (worst < 0) return tops;
		kept[worst] = false;
	}
}

/**
 * Places the kept notes in the free stretches of margin between figures (and below the top of
 * the column), each in the stretch nearest its marker.
 */
function placeAll(
	notes: readonly Span[],
	kept: readonly boolean[],
	blocked: readonly Span[],
): (number | null)[] {
	const tops: (number | null)[] = notes.map(() => null);
	const figures = [...blocked, { top: Infinity, height: 0 }].sort((a, b) => a.top - b.top);
	let floor = 0;
	let next = 0;
	for (const figure of figures) {
		const members: number[] = [];
		for (; next < notes.length && (notes[next]?.top ?? 0) < figure.top + figure.height / 2; next++)
			if (kept[next]) members.push(next);
		placeBetween(notes, members, floor, figure.top - GAP, tops);
		floor = Math.max(floor, figure.top + figure.height + GAP);
	}
	return tops;
}

/**
 * Stacks `members` (indices into `notes`, in order) between `floor` and `ceiling`, writing their
 * tops. Notes that do not fit at all are left out (`null`), the tallest first.
 */
function placeBetween(
	notes: readonly Span[],
	members: number[],
	floor: number,
	ceiling: number,
	tops: (number | null)[],
): void {
	const heightOf = (index: number) => notes[index]?.height ?? 0;
	const size = () => members.reduce((total, index) => total + heightOf(index) + GAP, -GAP);
	while (members.length > 0 && size() > ceiling - floor) {
		const tallest = members.reduce((a, b) => (heightOf(b) > heightOf(a) ? b : a));
		members.splice(members.indexOf(tallest), 1);
	}
	const settle = (run: Run) => {
		run.top = Math.min(Math.max(run.sum / run.count, floor), ceiling - run.height);
		return run;
	};
	const runs: Run[] = [];
	for (const [position, index] of members.entries()) {
		let run = settle({
			first: position,
			sum: notes[index]?.top ?? 0,
			count: 1,
			height: heightOf(index),
			top: 0,
		});
		for (
			let last = runs.at(-1);
			last && last.top + last.height + GAP > run.top;
			last = runs.at(-1)
		) {
			runs.pop();
			run = settle({
				first: last.first,
				sum: last.sum + run.sum - run.count * (last.height + GAP),
				count: last.count + run.count,
				height: last.height + GAP + run.height,
				top: 0,
			});
		}
		runs.push(run);
	}
	for (const run of runs) {
		let top = run.top;
		for (const index of members.slice(run.first, run.first + run.count)) {
			tops[index] = top;
			top += heightOf(index) + GAP;
		}
	}
}
