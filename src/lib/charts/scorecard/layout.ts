import { scaleBand } from 'd3-scale';
import type { Frame } from '../chart-type';
import type { Scene } from '../scene';
import type { ScorecardData } from './data';
import { describe } from './describe';
import { GEOMETRY } from './geometry';
import { rowMarks } from './row-marks';
import type { ScorecardState } from './state';

/**
 * Lays out the scorecard for one step: a row per prediction with its id, a few words and a
 * verdict chip. The first `revealed` rows show their verdict and, in the wide frame, what
 * happened; `focus` emphasises one row and dims the rest. Every row has the same marks in every
 * state of a frame. Throws when `focus` names a prediction the data lack.
 */
export function layoutScorecard(data: ScorecardData, state: ScorecardState, frame: Frame): Scene {
	const ids = data.predictions.map((prediction) => prediction.id);
	if (state.focus !== null && !ids.includes(state.focus)) {
		throw new Error(
			`focus "${state.focus}" is not a prediction in this chart; use one of: ${ids.join(', ')}, or null`,
		);
	}
	const g = GEOMETRY[frame];
	const { plot, columns } = g;
	const y = scaleBand<string>()
		.domain(ids)
		.range([plot.y, plot.y + plot.height]);
	const rows = data.predictions.flatMap((prediction, i) =>
		rowMarks(
			g,
			prediction,
			y(prediction.id) ?? plot.y,
			y.bandwidth(),
			i < state.revealed,
			state.focus,
		),
	);
	return {
		width: g.width,
		height: g.height,
		plot,
		title: `The essay’s predictions and what happened: ${Math.min(state.revealed, ids.length)} of ${ids.length} verdicts shown`,
		description: describe(data, state),
		marks: [
			{
				kind: 'text',
				key: 'header-prediction',
				className: 'rd-column-title',
				layer: 'frame',
				x: columns.text,
				y: g.header,
				text: 'Prediction (February 2015)',
				anchor: 'start',
			},
			{
				kind: 'text',
				key: 'header-verdict',
				className: 'rd-column-title',
				layer: 'frame',
				x: columns.chip + columns.chipWidth / 2,
				y: g.header,
				text: 'Verdict',
				anchor: 'middle',
			},
			...rows,
		],
	};
}
