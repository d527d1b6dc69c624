import type { DataTable } from '../chart-type';
import { gapYears, longDate } from './format';
import { slotsOf } from './frames';
import type { BarPanelsData, DebtFigure } from './data';

/** Every figure in year order with its unit, whether it is an estimate, and its source. */
export function tableBarPanels(data: BarPanelsData): DataTable {
	const { debt } = data;
	const debtRow = (what: string, figure: DebtFigure) => [
		what,
		String(figure.value),
		debt.unit,
		figure.estimate ? 'Estimate' : 'Reported',
		figure.source,
	];
	return {
		caption: `${debt.label} and trade by year, with units, estimates and sources`,
		columns: ['Figure', 'Value', 'Unit', 'Status', 'Source'],
		rows: [
			debtRow(`Debt agreed on ${longDate(debt.agreed)}`, debt.total),
			debtRow('Written off', debt.writtenOff),
			debtRow(`Still owed (${debt.terms})`, debt.remaining),
			debtRow('Whole debt at market exchange rates', debt.marketValue),
			...data.panels.flatMap((panel) =>
				slotsOf(panel).map((slot) =>
					slot.kind === 'bar'
						? [
								`${panel.label}, ${slot.year}${slot.bar.partial ? ' (part of the year)' : ''}`,
								String(slot.bar.value),
								panel.unit,
								slot.bar.estimate ? 'Estimate' : 'Reported',
								slot.bar.source,
							]
						: [
								`${panel.label}, ${gapYears(slot.gap)}`,
								'—',
								panel.unit,
								slot.gap.label,
								slot.gap.source,
							],
				),
			),
		],
	};
}
