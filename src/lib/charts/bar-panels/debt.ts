import { scaleLinear } from 'd3-scale';
import type { Mark, TextMark } from '../scene';
import { longDate, moneyLabel } from './format';
import { DIM, LEFT, RIGHT } from './frames';
import type { BarPanelsData, DebtFigure } from './data';
import type { Highlight } from './state';

/** Vertical layout of the debt view. */
const Y = { title: 120, bar: 136, barHeight: 60, labels: 220, market: 264, marketHeight: 22 };

type Part = 'written-off' | 'remaining' | 'market-value';

/**
 * The debt view: one bar for the agreed debt split into the written-off and remaining parts,
 * and under it, on the same scale, the whole debt valued at market exchange rates.
 * Hidden (other views), the segments shrink to zero width at the left edge and fade out.
 */
export function debtMarks(
	debt: BarPanelsData['debt'],
	visible: boolean,
	highlight: readonly Highlight[],
): Mark[] {
	const x = scaleLinear().domain([0, debt.total.value]).range([LEFT, RIGHT]);
	const picked = highlight.filter((h): h is Part => typeof h === 'string');
	const shown = (part?: Part) =>
		!visible ? 0 : picked.length === 0 || (part !== undefined && picked.includes(part)) ? 1 : DIM;
	const width = (value: number) => (visible ? x(value) - x(0) : 0);
	const share = Math.round((debt.writtenOff.value / debt.total.value) * 100);
	const segment = (
		part: Part,
		figure: DebtFigure,
		from: number,
		y: number,
		height: number,
	): Mark => ({
		kind: 'rect',
		key: `debt-${part}`,
		className: [
			`rd-bar rd-debt rd-debt--${part}`,
			figure.estimate && 'rd-bar--estimate',
			picked.includes(part) && 'rd-bar--highlight',
		]
			.filter(Boolean)
			.join(' '),
		layer: 'data',
		x: visible ? x(from) : LEFT,
		y,
		width: width(figure.value),
		height,
		opacity: shown(part),
	});
	const text = (
		key: string,
		tx: number,
		ty: number,
		value: string,
		anchor: TextMark['anchor'],
		opacity: number,
		className = 'rd-debt-label',
	): TextMark => ({
		kind: 'text',
		key,
		className,
		layer: 'frame',
		x: tx,
		y: ty,
		text: value,
		anchor,
		opacity,
	});
	const marketEnd = x(debt.marketValue.value);
	return [
		text(
			'debt-title',
			LEFT,
			Y.title,
			`${debt.label}, agreed ${longDate(debt.agreed)}: ${moneyLabel(debt.total)}`,
			'start',
			visible ? 1 : 0,
			'rd-panel-title',
		),
		segment('written-off', debt.writtenOff, 0, Y.bar, Y.barHeight),
		segment('remaining', debt.remaining, debt.writtenOff.value, Y.bar, Y.barHeight),
		text(
			'debt-written-off-label',
			LEFT,
			Y.labels,
			`Written off: ${moneyLabel(debt.writtenOff)} (about ${share}%)`,
			'start',
			shown('written-off'),
		),
		text(
			'debt-remaining-label',
			RIGHT,
			Y.labels,
			`Still owed: ${moneyLabel(debt.remaining)}, ${debt.terms}`,
			'end',
			shown('remaining'),
		),
		segment('market-value', debt.marketValue, 0, Y.market, Y.marketHeight),
		text(
			'debt-market-value-label',
			marketEnd + 6,
			Y.market + 15,
			`${moneyLabel(debt.marketValue)}: the same debt at market exchange rates`,
			'start',
			shown('market-value'),
		),
		text(
			'debt-market-value-note',
			marketEnd + 6,
			Y.market + 34,
			debt.marketNote,
			'start',
			shown('market-value'),
			'rd-debt-label rd-chart-note',
		),
	];
}
