import type { Mark } from '../scene';
import { estimateTextWidth } from '../text-width';
import type { PatternFit, RelationsCode } from './data';
import type { LegendLayout } from './geometry';

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

/** The same, for a narrow legend. */
const FIT_SHORT_LABELS: Readonly<Record<PatternFit, string>> = {
	fits: 'Fits',
	breaks: 'Breaks',
	mixed: 'Mixed',
	untested: 'Untested',
};

/** Period swatches; fit dots, shown only while events are coloured by fit. */
export function legendMarks(
	layout: LegendLayout,
	codes: readonly RelationsCode[],
	fits: readonly PatternFit[],
	showFit: boolean,
): Mark[] {
	const { gap } = layout;
	const marks: Mark[] = [];
	const codeWidths = codes.map((code) => 14 + estimateTextWidth(CODE_LABELS[code]) + gap);
	const { periods } = layout;
	let x = periods.align === 'start' ? periods.x : periods.x - total(codeWidths, gap);
	codes.forEach((code, i) => {
		marks.push(
			{
				kind: 'rect',
				key: `legend-period-${code}`,
				className: `rd-legend-swatch rd-period rd-period--${code}`,
				layer: 'frame',
				x,
				y: periods.y - 9,
				width: 10,
				height: 10,
			},
			{
				kind: 'text',
				key: `legend-period-${code}-label`,
				className: 'rd-legend-label',
				layer: 'frame',
				x: x + 14,
				y: periods.y,
				text: CODE_LABELS[code],
				anchor: 'start',
			},
		);
		x += codeWidths[i] ?? 0;
	});
	const fitLabels = layout.short ? FIT_SHORT_LABELS : FIT_LABELS;
	const widths = fits.map((fit) => 12 + estimateTextWidth(fitLabels[fit]) + gap);
	x = layout.fits.right - total(widths, gap);
	fits.forEach((fit, i) => {
		const opacity = showFit ? 1 : 0;
		marks.push(
			{
				kind: 'circle',
				key: `legend-fit-${fit}`,
				className: `rd-legend-swatch rd-event rd-event--${fit}`,
				layer: 'frame',
				cx: x + 4,
				cy: layout.fits.y - 4,
				r: 4,
				opacity,
			},
			{
				kind: 'text',
				key: `legend-fit-${fit}-label`,
				className: 'rd-legend-label',
				layer: 'frame',
				x: x + 12,
				y: layout.fits.y,
				text: fitLabels[fit],
				anchor: 'start',
				opacity,
			},
		);
		x += widths[i] ?? 0;
	});
	return marks;
}

/** The width of a row of entries, without the room after the last. */
function total(widths: readonly number[], gap: number): number {
	return widths.reduce((sum, width) => sum + width, 0) - gap;
}
