import { defineChartType, type RegisteredChartType } from './define-chart-type';
import { barPanels } from './bar-panels';
import { scorecard } from './scorecard';
import { seaMap } from './sea-map';
import { twoTrackTimeline } from './two-track-timeline';

/**
 * Every chart type, by the name chart files give in `type` (= the chart's folder name).
 * Add a chart: its folder under src/lib/charts/, one line here, a unit test and golden cases.
 */
export const chartTypes: Readonly<Record<string, RegisteredChartType>> = {
	scorecard: defineChartType(scorecard),
	'two-track-timeline': defineChartType(twoTrackTimeline),
	'sea-map': defineChartType(seaMap),
	'bar-panels': defineChartType(barPanels),
};
