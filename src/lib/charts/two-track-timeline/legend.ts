import type { Mark } from '../scene';
import type { PatternFit, RelationsCode } from './data';
import { estimateTextWidth } from './pack-rows';

const CODE_LABELS: Readonly<Record<RelationsCode, string>> = {
	confrontation: 'Confrontation',
	detente: 'Détente',
	mixed: 'Mixed',
};

/** How each fit reads in the legend and in descriptions. */
export const FIT_LABELS: Readonly<Record<PatternFit, string>> = {
	fits: 'Fits the pattern',
	breaks: 'Breaks it',
	mixed: 'Mixed record',
	untested: 'Not tested',
};

/** Where the legend row goes. */
export interface LegendFrame {
	readonly left: number;
	readonly right: number;
	/** Text baseline of the row. */
	readonly y: number;
}

/** Period swatches on the left; fit dots on the right, shown only while events are coloured by fit. */
export function legendMarks(
	frame: LegendFrame,
	codes: readonly RelationsCode[],
	fits: readonly PatternFit[],
	showFit: boolean,
): Mark[] {
	const marks: Mark[] = [];
	let x = frame.left;
	for (const code of codes) {
		const text = CODE_LABELS[code];
		marks.push(
			{
				kind: 'rect',
				key: `legend-period-${code}`,
				className: `rd-legend-swatch rd-period rd-period--${code}`,
				layer: 'frame',
				x,
				y: frame.y - 9,
				width: 10,
				height: 10,
			},
			{
				kind: 'text',
				key: `legend-period-${code}-label`,
				className: 'rd-legend-label',
				layer: 'frame',
				x: x + 14,
				y: frame.y,
				text,
				anchor: 'start',
			},
		);
		x += 14 + estimateTextWidth(text) + 14;
	}
	const widths = fits.map((fit) => 12 + estimateTextWidth(FIT_LABELS[fit]) + 14);
	x = frame.right - widths.reduce((sum, width) => sum + width, 0) + 14;
	fits.forEach((fit, i) => {
		const opacity = showFit ? 1 : 0;
		marks.push(
			{
				kind: 'circle',
				key: `legend-fit-${fit}`,
				className: `rd-legend-swatch rd-event rd-event--${fit}`,
				layer: 'frame',
				cx: x + 4,
				cy: frame.y - 4,
				r: 4,
				opacity,
			},
			{
				kind: 'text',
				key: `legend-fit-${fit}-label`,
				className: 'rd-legend-label',
				layer: 'frame',
				x: x + 12,
				y: frame.y,
				text: FIT_LABELS[fit],
				anchor: 'start',
				opacity,
			},
		);
		x += widths[i] ?? 0;
	});
	return marks;
}
