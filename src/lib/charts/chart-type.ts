import type { z } from 'astro/zod';
import type { Scene } from './scene';

/**
 * Which of its two frames a chart is laid out in: 'wide' (640×400: desktop, print, embeds and
 * the no-JS figures) or 'compact' (400×250: the pinned chart on phones). Both have the same
 * aspect ratio, so swapping frames never changes the chart's height. Text keeps its size in
 * its frame's own units, so a compact layout shows less: fewer ticks, shorter labels.
 */
export type Frame = 'wide' | 'compact';

/** Every frame, in the order they are built and shipped. */
export const FRAMES: readonly Frame[] = ['wide', 'compact'];

/** The viewBox of each frame. */
export const FRAME_SIZE: Readonly<
	Record<Frame, { readonly width: number; readonly height: number }>
> = {
	wide: { width: 640, height: 400 },
	compact: { width: 400, height: 250 },
};

/** A text equivalent of a chart's data: rendered as a <table> beside every figure. */
export interface DataTable {
	readonly caption: string;
	readonly columns: readonly string[];
	readonly rows: readonly (readonly string[])[];
}

/**
 * One kind of chart the engine can draw. Content names a chart file
 * (`content/articles/<slug>/charts/<name>.json` with `{ type, title, data }`); the file's `type`
 * picks one of these, `data` is parsed with `data`, and every step's state with `state`.
 */
export interface ChartType<Data, State> {
	/** Schema of the chart file's `data` field. */
	readonly data: z.ZodType<Data>;
	/** Schema of one step's target state (complete, never a delta). */
	readonly state: z.ZodType<State>;
	/**
	 * Pure: the same data, state and frame always give the same scene, of the frame's size.
	 * Within one frame, keys are stable across states and every path keeps its point count
	 * (the browser only ever transitions between scenes of one frame).
	 */
	readonly layout: (data: Data, state: State, frame: Frame) => Scene;
	/** The data as a table, for screen readers, print and embeds. */
	readonly table: (data: Data) => DataTable;
}
