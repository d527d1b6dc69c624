import { scaleBand } from 'd3-scale';
import type { Scene } from '../scene';
import type { ScorecardData } from './data';
import { describe } from './describe';
import { COLUMNS, HEIGHT, PLOT, WIDTH } from './geometry';
import { rowMarks } from './row-marks';
import type { ScorecardState } from './state';

/**
 * Lays out the scorecard for one step: a row per prediction with its id, a few words and a
 * verdict chip. The first `revealed` rows show their verdict and what happened; `focus`
 * emphasises one row and dims the rest. Every row has the same marks in every state.
 * Throws when `focus` names a prediction the data lack.
 */
export function layoutScorecard(data: ScorecardData, state: ScorecardState): Scene {
	const ids = data.predictions.map((prediction) => prediction.id);
	if (state.focus !== null && !ids.includes(state.focus)) {
		throw new Error(
			`focus "${state.focus}" is not a prediction in this chart; use one of: ${ids.join(', ')}, or null`,
		);
	}
	const y = scaleBand<string>()
		.domain(ids)
		.range([PLOT.y, PLOT.y + PLOT.height]);
	const rows = data.predictions.flatMap((prediction, i) =>
		rowMarks(
			prediction,
			y(prediction.id) ?? PLOT.y,
			y.bandwidth(),
			i < state.revealed,
			state.focus,
		),
	);
	return {
		width: WIDTH,
		height: HEIGHT,
		plot: PLOT,
		title: `The essay’s predictions and what happened: ${Math.min(state.revealed, ids.length)} of ${ids.length} verdicts shown`,
		description: describe(data, state),
		marks: [
			{
				kind: 'text',
				key: 'header-prediction',
				className: 'rd-column-title',
				layer: 'frame',
				x: COLUMNS.text,
				y: 20,
				text: 'Prediction (February 2015)',
				anchor: 'start',
			},
			{
				kind: 'text',
				key: 'header-verdict',
				className: 'rd-column-title',
				layer: 'frame',
				x: COLUMNS.chip + COLUMNS.chipWidth / 2,
				y: 20,
				text: 'Verdict',
				anchor: 'middle',
			},
			...rows,
		],
	};
}
