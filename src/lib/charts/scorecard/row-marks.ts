import type { Mark } from '../scene';
import type { Prediction } from './data';
import { COLUMNS, DIM, PLOT } from './geometry';
import { VERDICT_LABELS } from './verdicts';

/**
 * One prediction's row: background, id, the prediction in a few words, what happened (once
 * revealed) and a verdict chip (a neutral "?" until revealed). Rows other than `focus` dim.
 */
export function rowMarks(
	prediction: Prediction,
	top: number,
	height: number,
	revealed: boolean,
	focus: string | null,
): Mark[] {
	const { id } = prediction;
	const focused = focus === id;
	const opacity = focus !== null && !focused ? DIM : 1;
	const middle = top + height / 2;
	const chipX = COLUMNS.chip + COLUMNS.chipWidth / 2;
	const key = `row-${id}`;
	return [
		{
			kind: 'rect',
			key,
			className: `rd-row${focused ? ' rd-highlight' : ''}`,
			layer: 'data',
			x: PLOT.x,
			y: top + 2,
			width: PLOT.width,
			height: height - 4,
			opacity,
		},
		{
			kind: 'text',
			key: `${key}-id`,
			className: 'rd-row-id',
			layer: 'data',
			x: COLUMNS.id,
			y: middle - 3,
			text: id,
			anchor: 'start',
			opacity,
		},
		{
			kind: 'text',
			key: `${key}-short`,
			className: 'rd-row-text',
			layer: 'data',
			x: COLUMNS.text,
			y: middle - 3,
			text: prediction.short,
			anchor: 'start',
			opacity,
		},
		{
			kind: 'text',
			key: `${key}-evidence`,
			className: 'rd-row-evidence',
			layer: 'data',
			x: COLUMNS.text,
			y: middle + 13,
			text: prediction.evidence,
			anchor: 'start',
			opacity: revealed ? opacity : 0,
		},
		{
			kind: 'rect',
			key: `${key}-chip`,
			className: `rd-chip rd-chip--${revealed ? prediction.verdict : 'pending'}`,
			layer: 'data',
			x: COLUMNS.chip,
			y: middle - COLUMNS.chipHeight / 2,
			width: COLUMNS.chipWidth,
			height: COLUMNS.chipHeight,
			opacity,
		},
		{
			kind: 'text',
			key: `${key}-verdict`,
			className: 'rd-chip-label',
			layer: 'data',
			x: chipX,
			y: middle + 4,
			text: revealed ? VERDICT_LABELS[prediction.verdict] : '?',
			anchor: 'middle',
			opacity,
		},
	];
}
