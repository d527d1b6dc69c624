import type { ChartType } from './chart-type';

/** A chart type as the registry holds it: `layout` and `table` accept what `data` and `state` parse. */
export type RegisteredChartType = ChartType<unknown, unknown>;

/**
 * Registers a typed chart: hides its data and state types behind `unknown` without a cast.
 * The returned `layout` and `table` parse their inputs again with the chart's own schemas
 * (cheap, and idempotent for our schemas), so even unparsed input cannot reach a layout.
 */
export function defineChartType<Data, State>(chart: ChartType<Data, State>): RegisteredChartType {
	return {
		data: chart.data,
		state: chart.state,
		layout: (data, state, frame) =>
			chart.layout(chart.data.parse(data), chart.state.parse(state), frame),
		table: (data) => chart.table(chart.data.parse(data)),
	};
}
