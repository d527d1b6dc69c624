import { scaleLinear } from 'd3-scale';
import type { Mark, TextMark } from '../scene';
import { fitText, wrapText } from '../text-width';
import { longDate, moneyLabel } from './format';
import { DIM, type BarsGeometry } from './frames';
import type { BarPanelsData, DebtFigure } from './data';
import type { Highlight } from './state';

type Part = 'written-off' | 'remaining' | 'market-value';

/**
 * The debt view: one bar for the agreed debt split into the written-off and remaining parts,
 * and under it, on the same scale, the whole debt valued at market exchange rates.
 * Hidden (other views), the segments shrink to zero width at the left edge and fade out.
 * Terse frames shorten the title, put the repayment terms on a line of their own and wrap the
 * market value's label and note.
 */
export function debtMarks(
	g: BarsGeometry,
	debt: BarPanelsData['debt'],
	visible: boolean,
	highlight: readonly Highlight[],
): Mark[] {
	const { left, right, debt: rows } = g;
	const x = scaleLinear().domain([0, debt.total.value]).range([left, right]);
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
		x: visible ? x(from) : left,
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
	const total = moneyLabel(debt.total);
	const title = `${debt.label}, agreed ${longDate(debt.agreed)}: ${total}`;
	const owed = `Still owed: ${moneyLabel(debt.remaining)}`;
	const market = `${moneyLabel(debt.marketValue)}: the same debt at market exchange rates`;
	const room = right - marketEnd - 6;
	const wrap = (line: string) => (g.terse ? wrapText(line, room, 12) : [line]);
	const marketLines = [
		...wrap(market).map((line, i) => ({
			key: numbered('debt-market-value-label', i),
			line,
			className: 'rd-debt-label',
		})),
		...wrap(debt.marketNote).map((line, i) => ({
			key: numbered('debt-market-value-note', i),
			line,
			className: 'rd-debt-label rd-chart-note',
		})),
	];
	return [
		text(
			'debt-title',
			left,
			rows.title,
			g.terse
				? fitText(
						[title, `${debt.label}, agreed ${debt.agreed.slice(0, 4)}: ${total}`, debt.label],
						right - left,
						12,
					)
				: title,
			'start',
			visible ? 1 : 0,
			'rd-panel-title',
		),
		segment('written-off', debt.writtenOff, 0, rows.bar, rows.barHeight),
		segment('remaining', debt.remaining, debt.writtenOff.value, rows.bar, rows.barHeight),
		text(
			'debt-written-off-label',
			left,
			rows.labels,
			`Written off: ${moneyLabel(debt.writtenOff)} (about ${share}%)`,
			'start',
			shown('written-off'),
		),
		...(g.terse
			? [
					text('debt-remaining-label', right, rows.labels, owed, 'end', shown('remaining')),
					text(
						'debt-remaining-terms',
						right,
						rows.labels + rows.lineStep,
						debt.terms,
						'end',
						shown('remaining'),
					),
				]
			: [
					text(
						'debt-remaining-label',
						right,
						rows.labels,
						`${owed}, ${debt.terms}`,
						'end',
						shown('remaining'),
					),
				]),
		segment('market-value', debt.marketValue, 0, rows.market, rows.marketHeight),
		...marketLines.map(({ key, line, className }, i) =>
			text(
				key,
				marketEnd + 6,
				rows.market + rows.marketLabelDy + i * rows.lineStep,
				line,
				'start',
				shown('market-value'),
				className,
			),
		),
	];
}

/** Keys of wrapped lines: the first line keeps the key, the others are numbered from 2. */
function numbered(key: string, i: number): string {
	return i === 0 ? key : `${key}-${i + 1}`;
}
