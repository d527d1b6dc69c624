import { FRAME_SIZE, type Frame } from '../chart-type';
import type { Box } from '../scene';
import { estimateTextWidth } from '../text-width';
import type { BarDatum, BarGap, BarPanel } from './data';
import type { BarPanelsView } from './state';

/** Where a frame puts the debt view and the trade panels. */
export interface BarsGeometry {
	readonly width: number;
	readonly height: number;
	/** Left edge of the drawing (axis labels sit to its left). */
	readonly left: number;
	/** Right edge of the drawing. */
	readonly right: number;
	/** Top of the trade panels' bars. */
	readonly top: number;
	/** The trade panels' baseline. */
	readonly baseline: number;
	/** The data area: bars and debt segments never leave it. */
	readonly plot: Box;
	/** Widest column of a panel shown alone, so a two-bar panel does not become two slabs. */
	readonly maxColumn: number;
	/** Horizontal room between panels shown together, for the second panel's axis labels. */
	readonly panelGap: number;
	/** About how many value ticks a panel's axis gets. */
	readonly ticks: number;
	/** Start and baseline of the line under the chart. */
	readonly note: { readonly x: number; readonly y: number };
	/** The debt view, top to bottom (see `debtMarks`). */
	readonly debt: {
		readonly title: number;
		readonly bar: number;
		readonly barHeight: number;
		readonly labels: number;
		readonly market: number;
		readonly marketHeight: number;
		/** Baseline of the market value's label, from the top of its bar. */
		readonly marketLabelDy: number;
		/** From one line of a label to the next. */
		readonly lineStep: number;
	};
	/**
	 * Fewer and shorter labels (compact): two-digit years and no values side by side except
	 * where highlighted, values to one decimal, "n/a" for gaps, wrapped or shortened debt labels,
	 * and a short line under the chart.
	 */
	readonly terse: boolean;
}

const WIDE = { left: 52, right: 620, top: 56, baseline: 330 } as const;
const COMPACT = { left: 30, right: 392, top: 40, baseline: 204 } as const;

export const GEOMETRY: Readonly<Record<Frame, BarsGeometry>> = {
	wide: {
		...FRAME_SIZE.wide,
		...WIDE,
		plot: plotOf(WIDE),
		maxColumn: 96,
		panelGap: 52,
		ticks: 4,
		note: { x: WIDE.left - 44, y: FRAME_SIZE.wide.height - 12 },
		debt: {
			title: 120,
			bar: 136,
			barHeight: 60,
			labels: 220,
			market: 264,
			marketHeight: 22,
			marketLabelDy: 15,
			lineStep: 19,
		},
		terse: false,
	},
	compact: {
		...FRAME_SIZE.compact,
		...COMPACT,
		plot: plotOf(COMPACT),
		maxColumn: 60,
		panelGap: 36,
		ticks: 3,
		note: { x: 6, y: FRAME_SIZE.compact.height - 8 },
		debt: {
			title: 44,
			bar: 54,
			barHeight: 40,
			labels: 112,
			market: 142,
			marketHeight: 18,
			marketLabelDy: 13,
			lineStep: 15,
		},
		terse: true,
	},
};

function plotOf({ left, right, top, baseline }: typeof WIDE | typeof COMPACT): Box {
	return { x: left - 4, y: top - 16, width: right - left + 8, height: baseline - top + 16 };
}

/** Opacity of marks a highlight leaves out. */
export const DIM = 0.35;

/** Where a panel sits in a view, and whether the view shows it. */
export interface PanelFrame {
	readonly x: number;
	readonly width: number;
	readonly visible: boolean;
	/** True when the panel has the chart to itself. */
	readonly alone: boolean;
}

/** One column of a panel: a bar, or a run of years annotated as a gap. */
export type Slot =
	| { readonly kind: 'bar'; readonly year: number; readonly bar: BarDatum }
	| { readonly kind: 'gap'; readonly year: number; readonly gap: BarGap };

/** A panel's columns in year order; a gap of several years takes one column. */
export function slotsOf(panel: BarPanel): Slot[] {
	return [
		...panel.bars.map((bar): Slot => ({ kind: 'bar', year: bar.year, bar })),
		...panel.gaps.map((gap): Slot => ({ kind: 'gap', year: gap.from, gap })),
	].sort((a, b) => a.year - b.year);
}

/** The panel a single-panel view shows, by unit. */
const VIEW_UNIT = { 'trade-soviet': 'bn roubles', 'trade-russia': 'm USD' } as const;

/**
 * Frames of every panel in a view. A panel the view does not show keeps its side-by-side frame
 * (so it moves there and back smoothly) but is marked invisible. Side by side, widths follow
 * column counts, so a column is equally wide in every panel, unless a panel's heading would not
 * fit over it and the gap after it: then it widens, at the others' expense.
 */
export function panelFrames(
	g: BarsGeometry,
	panels: readonly BarPanel[],
	view: BarPanelsView,
): Map<string, PanelFrame> {
	const columns = panels.map((p) => slotsOf(p).length);
	const total = columns.reduce((a, b) => a + b, 0);
	const room = g.right - g.left - g.panelGap * (panels.length - 1);
	const needs = panels.map((p, i) =>
		Math.max(0, estimateTextWidth(p.shortLabel, 12) - (i < panels.length - 1 ? g.panelGap : 0)),
	);
	const widths = fairWidths(
		columns.map((c) => (room * c) / total),
		needs,
	);
	const frames = new Map<string, PanelFrame>();
	let x = g.left;
	panels.forEach((panel, i) => {
		const width = widths[i] ?? 0;
		const alone = view !== 'debt' && view !== 'both' && VIEW_UNIT[view] === panel.unit;
		const aloneWidth = Math.min(g.right - g.left, (columns[i] ?? 0) * g.maxColumn);
		frames.set(
			panel.id,
			alone
				? { x: (g.left + g.right - aloneWidth) / 2, width: aloneWidth, visible: true, alone }
				: { x, width, visible: view === 'both', alone },
		);
		x += width + g.panelGap;
	});
	return frames;
}

/** Raises widths below their need to it, taking the difference from the others' spare room. */
function fairWidths(widths: readonly number[], needs: readonly number[]): number[] {
	const short = widths.reduce((sum, w, i) => sum + Math.max(0, (needs[i] ?? 0) - w), 0);
	if (short === 0) return [...widths];
	const spare = widths.reduce((sum, w, i) => sum + Math.max(0, w - (needs[i] ?? 0)), 0);
	return widths.map((w, i) => {
		const need = needs[i] ?? 0;
		return w < need ? need : w - ((w - need) / spare) * Math.min(short, spare);
	});
}

/** The unit a single-panel view needs, if any. */
export function unitOfView(view: BarPanelsView): BarPanel['unit'] | undefined {
	return view === 'debt' || view === 'both' ? undefined : VIEW_UNIT[view];
}
