import type { z } from 'astro/zod';
import type { Scene } from './scene';

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
	/** Pure: the same data and state always give the same scene, with stable keys. */
	readonly layout: (data: Data, state: State) => Scene;
	/** The data as a table, for screen readers, print and embeds. */
	readonly table: (data: Data) => DataTable;
}
