import type { BarDatum, BarGap, BarPanel, DebtFigure } from './data';
import { MONTH_NAMES as MONTHS } from '../months';

/** "2012-09-17" → "17 September 2012" */
export function longDate(day: string): string {
	const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
	return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** A debt figure in words: 10.96 → "$10.96 bn", 0.238 → "$238 m"; estimates get "about". */
export function money(figure: DebtFigure): string {
	const amount =
		figure.value >= 1 ? `$${round(figure.value)} bn` : `$${round(figure.value * 1000)} m`;
	return figure.estimate ? `about ${amount}` : amount;
}

/** A debt figure on the chart: estimates get "≈". */
export function moneyLabel(figure: DebtFigure): string {
	return money(figure).replace(/^about /, '≈ ');
}

/** The number drawn over a bar: "92.34", or "≈83.2" for an estimate. */
export function barLabel(bar: BarDatum): string {
	return `${bar.estimate ? '≈' : ''}${round(bar.value)}`;
}

/** A bar in words: "$92.34 m in 2014", "about 1.6 bn roubles in 1988 (an estimate)". */
export function barInWords(bar: BarDatum, unit: BarPanel['unit']): string {
	const amount = unit === 'm USD' ? `$${round(bar.value)} m` : `${round(bar.value)} bn roubles`;
	const part = bar.partial ? ' (part of the year)' : '';
	return `${bar.estimate ? 'about ' : ''}${amount} in ${bar.year}${part}`;
}

/** A gap's years on the axis: "2021", "2016–17", "2022–25". */
export function gapYears(gap: BarGap): string {
	return gap.from === gap.to ? String(gap.from) : `${gap.from}–${String(gap.to).slice(-2)}`;
}

/** The axis label of a bar's year. */
export function barYear(bar: BarDatum): string {
	return bar.partial ? `${bar.year}*` : String(bar.year);
}

/** "a, b and c" */
export function list(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

function round(n: number): string {
	return String(Math.round(n * 1000) / 1000);
}

/** The number over a bar where room is short: one decimal at most, "≈83.2", "92.3". */
export function shortBarLabel(bar: BarDatum): string {
	return `${bar.estimate ? '≈' : ''}${Math.round(bar.value * 10) / 10}`;
}

/** A year where room is short: "2013" → "’13"; a gap's years: "’16–17". */
export function shortYear(label: string): string {
	return `’${label.slice(2)}`;
}
