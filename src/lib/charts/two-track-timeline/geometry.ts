import type { ScaleLinear } from 'd3-scale';
import { FRAME_SIZE, type Frame } from '../chart-type';
import type { Box } from '../scene';

/** Where a frame puts the timeline's parts; every mark function takes one of these. */
export interface TimelineGeometry {
	readonly width: number;
	readonly height: number;
	/** The clipped data area: both tracks. */
	readonly plot: Box;
	/** Right edge of the plot. */
	readonly right: number;
	/** Bottom edge of the plot; the time axis sits just below. */
	readonly bottom: number;
	/** Top track: period rectangles. */
	readonly periods: { readonly y: number; readonly height: number };
	/** Bottom track: its title, faint period bands behind the event dots, and rows of dots. */
	readonly events: {
		readonly title: number;
		readonly bandTop: number;
		readonly dotY: number;
		readonly dotStep: number;
		readonly dotRows: number;
		readonly r: number;
	};
	/**
	 * Rows for the labels of highlighted events: packed first-fit, centred on their dots
	 * ('rows'), or searched for a placement whose leader lines cross no label ('search').
	 */
	readonly labels: {
		readonly y: number;
		readonly step: number;
		readonly rows: number;
		readonly placement: 'rows' | 'search';
	};
	/** About how many year ticks the axis gets. */
	readonly ticks: number;
	/** Track titles. */
	readonly titles: { readonly relations: string; readonly events: string };
	/** Where the legend goes (see `legendMarks`). */
	readonly legend: LegendLayout;
	/**
	 * Fit labels to a small frame: a period label that does not fit tries its first
	 * comma-separated part before hiding; a marker's line breaks between the tracks, leaving the
	 * bottom track's title clear, and its label hides while the marker is out of view.
	 */
	readonly fitLabels: boolean;
}

/** Where the legend's two groups go, and how long their labels are. */
export interface LegendLayout {
	/** Period swatches: from `x` rightwards ('start'), or ending at `x` ('end'). */
	readonly periods: { readonly x: number; readonly y: number; readonly align: 'start' | 'end' };
	/** Fit dots (while events are coloured by fit), ending at `right`. */
	readonly fits: { readonly right: number; readonly y: number };
	/** Room after each entry. */
	readonly gap: number;
	/** Short fit labels ("Fits" rather than "Fits the pattern"). */
	readonly short: boolean;
}

/** A plot box with its right and bottom edges, which marks and legends align to. */
function withEdges(plot: Box): Pick<TimelineGeometry, 'plot' | 'right' | 'bottom'> {
	return { plot, right: plot.x + plot.width, bottom: plot.y + plot.height };
}

const WIDE = withEdges({ x: 16, y: 48, width: 608, height: 300 });
const COMPACT = withEdges({ x: 14, y: 16, width: 372, height: 204 });

/**
 * Wide: a legend row on top, then the tracks. Compact: the legend beside the track titles,
 * thinner tracks, fewer ticks, shorter titles and period labels.
 */
export const GEOMETRY: Readonly<Record<Frame, TimelineGeometry>> = {
	wide: {
		...FRAME_SIZE.wide,
		...WIDE,
		periods: { y: 56, height: 56 },
		events: { title: 136, bandTop: 142, dotY: 160, dotStep: 11, dotRows: 4, r: 4.5 },
		labels: { y: 220, step: 18, rows: 6, placement: 'search' },
		ticks: 8,
		titles: { relations: 'US–Soviet/Russian relations', events: 'Moscow–Pyongyang' },
		legend: {
			periods: { x: WIDE.plot.x, y: 16, align: 'start' },
			fits: { right: WIDE.right, y: 16 },
			gap: 14,
			short: false,
		},
		fitLabels: false,
	},
	compact: {
		...FRAME_SIZE.compact,
		...COMPACT,
		periods: { y: 20, height: 30 },
		events: { title: 66, bandTop: 72, dotY: 82, dotStep: 9, dotRows: 4, r: 3.5 },
		labels: { y: 130, step: 15, rows: 5, placement: 'search' },
		ticks: 4,
		titles: { relations: 'US–USSR/Russia relations', events: 'Moscow–Pyongyang' },
		legend: {
			periods: { x: COMPACT.right, y: 12, align: 'end' },
			fits: { right: COMPACT.right, y: 66 },
			gap: 10,
			short: true,
		},
		fitLabels: true,
	},
};

/** Opacity of what a highlight leaves out. */
export const DIM = 0.25;

/** Fractional years to x. */
export type X = ScaleLinear<number, number>;
