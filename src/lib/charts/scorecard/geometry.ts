import type { Box } from '../scene';

/** ViewBox width. */
export const WIDTH = 640;
/** ViewBox height. */
export const HEIGHT = 400;
/** The clipped data area: all rows, below the column titles. */
export const PLOT: Box = { x: 8, y: 32, width: 624, height: 360 };
/** Left edges of the id and text columns; position and size of the verdict chip. */
export const COLUMNS = { id: 16, text: 52, chip: 524, chipWidth: 100, chipHeight: 22 } as const;
/** Opacity of rows out of focus. */
export const DIM = 0.35;
