import { FRAME_SIZE, type Frame } from '../chart-type';
import type { Box } from '../scene';

/** Where a frame puts the scorecard's parts. */
export interface ScorecardGeometry {
	readonly width: number;
	readonly height: number;
	/** The clipped data area: all rows, below the column titles. */
	readonly plot: Box;
	/** Baseline of the column titles. */
	readonly header: number;
	/** Left edges of the id and text columns; position and size of the verdict chip. */
	readonly columns: {
		readonly id: number;
		readonly text: number;
		readonly chip: number;
		readonly chipWidth: number;
		readonly chipHeight: number;
	};
	/** Baseline of the id and the prediction, from the middle of the row. */
	readonly textDy: number;
	/** Baseline of what happened, from the middle of the row; absent: the frame leaves it out. */
	readonly evidenceDy?: number;
	/** Baseline of the chip's label, from the middle of the row. */
	readonly chipDy: number;
}

/** Wide: two lines per row (prediction, evidence). Compact: one line, a narrower chip. */
export const GEOMETRY: Readonly<Record<Frame, ScorecardGeometry>> = {
	wide: {
		...FRAME_SIZE.wide,
		plot: { x: 8, y: 32, width: 624, height: 360 },
		header: 20,
		columns: { id: 16, text: 52, chip: 524, chipWidth: 100, chipHeight: 22 },
		textDy: -3,
		evidenceDy: 13,
		chipDy: 4,
	},
	compact: {
		...FRAME_SIZE.compact,
		plot: { x: 4, y: 22, width: 392, height: 226 },
		header: 14,
		columns: { id: 10, text: 36, chip: 330, chipWidth: 62, chipHeight: 18 },
		textDy: 4,
		chipDy: 3.5,
	},
};

/** Opacity of rows out of focus. */
export const DIM = 0.35;
