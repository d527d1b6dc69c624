import type { z } from 'astro/zod';
import type { ChartType, DataTable, Frame } from './chart-type';
import type { Scene } from './scene';

/** A zod-style result: the value, or the issues that stopped it. */
export type Checked<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/** One chart file's data, parsed once: everything a scrolly needs from its chart type. */
export interface ChartData {
	/** The data as parsed, defaults applied. */
	readonly data: unknown;
	/** Checks one step's state; on success, lays that state out in any frame. */
	step(state: unknown): Checked<(frame: Frame) => Scene>;
	table(): DataTable;
}

/** A chart type as the registry holds it: its data and state types hidden behind `load`. */
export interface RegisteredChartType {
	/** Parses a chart file's `data` with the chart's schema. */
	load(data: unknown): Checked<ChartData>;
}

/**
 * Registers a typed chart. The parsed data stay typed inside the closures `load` returns, so a
 * layout only ever sees data and states its own schemas accepted, and the data are parsed once
 * per chart file rather than on every layout.
 */
export function defineChartType<Data, State>(chart: ChartType<Data, State>): RegisteredChartType {
	return {
		load(input) {
			const parsed = chart.data.safeParse(input);
			if (!parsed.success) return { success: false, error: parsed.error };
			const data = parsed.data;
			return {
				success: true,
				data: {
					data,
					step(input) {
						const state = chart.state.safeParse(input);
						if (!state.success) return { success: false, error: state.error };
						return { success: true, data: (frame) => chart.layout(data, state.data, frame) };
					},
					table: () => chart.table(data),
				},
			};
		},
	};
}
