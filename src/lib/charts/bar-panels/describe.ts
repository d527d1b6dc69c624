import { barInWords, gapYears, list, longDate, money } from './format';
import { unitOfView } from './frames';
import type { BarPanel, BarPanelsData } from './data';
import type { BarPanelsState } from './state';

/** Accessible name of the chart in one view. */
export function titleOf(data: BarPanelsData, state: BarPanelsState): string {
	if (state.view === 'debt')
		return `${data.debt.label} and its ${data.debt.agreed.slice(0, 4)} settlement`;
	if (state.view === 'both') {
		return `${list(data.panels.map((p) => p.shortLabel))}: trade by year, each on its own scale`;
	}
	const panel = panelOfView(data, state);
	return `${panel.label} by year (${panel.unit})`;
}

/** One sentence for screen readers and print captions: every figure the view shows, in words. */
export function describe(data: BarPanelsData, state: BarPanelsState): string {
	if (state.view === 'debt') {
		const { debt } = data;
		return (
			`Of ${money(debt.total)} of Soviet-era debt agreed on ${longDate(debt.agreed)}, ` +
			`${money(debt.writtenOff)} was written off and ${money(debt.remaining)} is to be repaid ${debt.terms}; ` +
			`valued at market exchange rates, the whole debt was worth ${money(debt.marketValue)}.`
		);
	}
	if (state.view === 'both') {
		return `Two panels on separate scales, since roubles and dollars cannot share an axis: ${data.panels.map(inWords).join('; ')}.`;
	}
	return `${inWords(panelOfView(data, state))}.`;
}

/** The panel a single-panel view shows; a missing one fails the build with a hint. */
export function panelOfView(data: BarPanelsData, state: BarPanelsState): BarPanel {
	const unit = unitOfView(state.view);
	const panel = data.panels.find((p) => p.unit === unit);
	if (!panel) {
		throw new Error(
			`bar-panels: view "${state.view}" needs a panel in ${unit ?? '?'}, and the data has none.`,
		);
	}
	return panel;
}

function inWords(panel: BarPanel): string {
	const bars = list(panel.bars.map((b) => barInWords(b, panel.unit)));
	const gaps = panel.gaps.map((g) => `${gapYears(g)} (${g.label})`);
	return `${panel.label}: ${bars}${gaps.length > 0 ? `, with no figure drawn for ${list(gaps)}` : ''}`;
}
