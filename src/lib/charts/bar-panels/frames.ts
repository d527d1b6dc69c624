import type { Box } from '../scene';
import type { BarDatum, BarGap, BarPanel } from './data';
import type { BarPanelsView } from './state';

/** Width of the viewBox. */
export const WIDTH = 640;
/** Height of the viewBox. */
export const HEIGHT = 400;
/** Left edge of the drawing (axis labels sit to its left). */
export const LEFT = 52;
/** Right edge of the drawing. */
export const RIGHT = 620;
/** Top of the trade panels' bars. */
export const TOP = 56;
/** The trade panels' baseline. */
export const BASELINE = 330;
/** The data area: bars and debt segments never leave it. */
export const PLOT: Box = { x: LEFT - 4, y: 40, width: RIGHT - LEFT + 8, height: BASELINE - 40 };
/** Widest column of a panel shown alone, so a two-bar panel does not become two slabs. */
const MAX_COLUMN = 96;
/** Opacity of marks a highlight leaves out. */
export const DIM = 0.35;
/** Horizontal room between panels shown together, for the second panel's axis labels. */
const PANEL_GAP = 52;

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
 * column counts, so a column is equally wide in every panel.
 */
export function panelFrames(
	panels: readonly BarPanel[],
	view: BarPanelsView,
): Map<string, PanelFrame> {
	const columns = panels.map((p) => slotsOf(p).length);
	const total = columns.reduce((a, b) => a + b, 0);
	const room = RIGHT - LEFT - PANEL_GAP * (panels.length - 1);
	const frames = new Map<string, PanelFrame>();
	let x = LEFT;
	panels.forEach((panel, i) => {
		const width = (room * (columns[i] ?? 0)) / total;
		const alone = view !== 'debt' && view !== 'both' && VIEW_UNIT[view] === panel.unit;
		const aloneWidth = Math.min(RIGHT - LEFT, (columns[i] ?? 0) * MAX_COLUMN);
		frames.set(
			panel.id,
			alone
				? { x: (LEFT + RIGHT - aloneWidth) / 2, width: aloneWidth, visible: true, alone }
				: { x, width, visible: view === 'both', alone },
		);
		x += width + PANEL_GAP;
	});
	return frames;
}

/** The unit a single-panel view needs, if any. */
export function unitOfView(view: BarPanelsView): BarPanel['unit'] | undefined {
	return view === 'debt' || view === 'both' ? undefined : VIEW_UNIT[view];
}
