import type { ScaleLinear } from 'd3-scale';
import type { Box } from '../scene';

/** ViewBox width; the parts of the timeline's layout share these constants. */
export const WIDTH = 640;
/** ViewBox height. */
export const HEIGHT = 400;
/** The clipped data area: both tracks. */
export const PLOT: Box = { x: 16, y: 48, width: 608, height: 300 };
/** Right edge of the plot. */
export const RIGHT = PLOT.x + PLOT.width;
/** Bottom edge of the plot; the time axis sits just below. */
export const BOTTOM = PLOT.y + PLOT.height;
/** Top track: period rectangles. */
export const PERIODS = { y: 56, height: 56 } as const;
/** Bottom track: faint period bands behind the event dots, rows of dots, then rows of labels. */
export const EVENTS = {
	title: 136,
	bandTop: 142,
	dotY: 160,
	dotStep: 11,
	dotRows: 4,
	r: 4.5,
} as const;
/** Rows for the labels of highlighted events. */
export const LABELS = { y: 220, step: 18, rows: 6 } as const;
/** Opacity of what a highlight leaves out. */
export const DIM = 0.25;

/** Fractional years to x. */
export type X = ScaleLinear<number, number>;
