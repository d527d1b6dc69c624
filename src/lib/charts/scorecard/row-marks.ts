import type { Mark } from '../scene';
import type { Prediction } from './data';
import { DIM, type ScorecardGeometry } from './geometry';
import { VERDICT_LABELS } from './verdicts';

/**
 * One prediction's row: background, id, the prediction in a few words, what happened (once
 * revealed, in frames with room for it) and a verdict chip (a neutral "?" until revealed).
 * Rows other than `focus` dim.
 */
export function rowMarks(
	g: ScorecardGeometry,
	prediction: Prediction,
	top: number,
	height: number,
	revealed: boolean,
	focus: string | null,
): Mark[] {
	const { id } = prediction;
	const { columns, plot } = g;
	const focused = focus === id;
	const opacity = focus !== null && !focused ? DIM : 1;
	const middle = top + height / 2;
	const chipX = columns.chip + columns.chipWidth / 2;
	const key = `row-${id}`;
	const evidence: Mark[] =
		g.evidenceDy === undefined
			? []
			: [
					{
						kind: 'text',
						key: `${key}-evidence`,
						className: 'rd-row-evidence',
						layer: 'data',
						x: columns.text,
						y: middle + g.evidenceDy,
						text: prediction.evidence,
						anchor: 'start',
						opacity: revealed ? opacity : 0,
					},
				];
	return [
		{
			kind: 'rect',
			key,
			className: `rd-row${focused ? ' rd-highlight' : ''}`,
			layer: 'data',
			x: plot.x,
			y: top + 2,
			width: plot.width,
			height: height - 4,
			opacity,
		},
		{
			kind: 'text',
			key: `${key}-id`,
			className: 'rd-row-id',
			layer: 'data',
			x: columns.id,
			y: middle + g.textDy,
			text: id,
			anchor: 'start',
			opacity,
		},
		{
			kind: 'text',
			key: `${key}-short`,
			className: 'rd-row-text',
			layer: 'data',
			x: columns.text,
			y: middle + g.textDy,
			text: prediction.short,
			anchor: 'start',
			opacity,
		},
		...evidence,
		{
			kind: 'rect',
			key: `${key}-chip`,
			className: `rd-chip rd-chip--${revealed ? prediction.verdict : 'pending'}`,
			layer: 'data',
			x: columns.chip,
			y: middle - columns.chipHeight / 2,
			width: columns.chipWidth,
			height: columns.chipHeight,
			opacity,
		},
		{
			kind: 'text',
			key: `${key}-verdict`,
			className: `rd-chip-label${revealed && opacity === 1 ? '' : ' rd-chip-label--on-pale'}`,
			layer: 'data',
			x: chipX,
			y: middle + g.chipDy,
			text: revealed ? VERDICT_LABELS[prediction.verdict] : '?',
			anchor: 'middle',
			opacity,
		},
	];
}
