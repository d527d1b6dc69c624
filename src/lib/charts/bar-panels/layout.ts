import type { Mark, Scene } from '../scene';
import { debtMarks } from './debt';
import { describe, panelOfView, titleOf } from './describe';
import { HEIGHT, LEFT, panelFrames, PLOT, WIDTH } from './frames';
import { highlightedYears, panelMarks } from './panels';
import type { BarPanelsData } from './data';
import { DEBT_KEYS, type BarPanelsState, type Highlight } from './state';

/**
 * Lays out the debt and trade panels for one step. Pure. Every mark of every view is in every
 * scene: a view moves the marks it shows into place and fades the rest (hidden bars collapse
 * onto their baseline), so steps animate between views. Units never share an axis.
 */
export function layoutBarPanels(data: BarPanelsData, state: BarPanelsState): Scene {
	checkHighlight(data, state.highlight);
	if (state.view === 'trade-soviet' || state.view === 'trade-russia') panelOfView(data, state);
	const frames = panelFrames(data.panels, state.view);
	const marks: Mark[] = [
		...debtMarks(data.debt, state.view === 'debt', state.highlight),
		...data.panels.flatMap((panel) => {
			const frame = frames.get(panel.id);
			return frame ? panelMarks(panel, frame, state.highlight) : [];
		}),
		{
			kind: 'text',
			key: 'source-line',
			className: 'rd-chart-note',
			layer: 'frame',
			x: LEFT - 44,
			y: HEIGHT - 12,
			text: sourceLine(data, state),
			anchor: 'start',
		},
	];
	return {
		width: WIDTH,
		height: HEIGHT,
		plot: PLOT,
		title: titleOf(data, state),
		description: describe(data, state),
		marks,
	};
}

/** The line under the chart: sources of what is highlighted, or how to read the view. */
function sourceLine(data: BarPanelsData, state: BarPanelsState): string {
	const { view, highlight } = state;
	const { debt } = data;
	const parts = {
		'written-off': debt.writtenOff,
		remaining: debt.remaining,
		'market-value': debt.marketValue,
	};
	const named =
		view === 'debt'
			? DEBT_KEYS.filter((k) => highlight.includes(k)).map(
					(k) => `${k.replace('-', ' ')}: ${parts[k].source}`,
				)
			: data.panels
					.filter((p) => view === 'both' || p === panelOfView(data, state))
					.flatMap((p) => p.bars.filter((b) => highlight.includes(b.year)))
					.map((b) => `${b.year}: ${b.source}`);
	if (named.length > 0) return `${named.length > 1 ? 'Sources' : 'Source'}: ${named.join('; ')}.`;
	if (view === 'debt')
		return '≈ marks a derived or approximate figure. Sources for each figure are in the table.';
	if (view === 'both')
		return 'Separate scales: Soviet-era roubles and dollars cannot be compared directly.';
	return 'Hatched bars and ≈ mark estimates. Sources for each figure are in the table.';
}

/** A highlight naming no bar or debt part would silently do nothing; fail the build instead. */
function checkHighlight(data: BarPanelsData, highlight: readonly Highlight[]): void {
	const unknown = highlight.filter(
		(h) => typeof h === 'number' && !data.panels.some((p) => highlightedYears(p, [h]).length > 0),
	);
	if (unknown.length > 0) {
		const years = data.panels.flatMap((p) => p.bars.map((b) => b.year)).join(', ');
		throw new Error(
			`bar-panels: highlight names ${unknown.join(', ')}, which has no bar. Years with bars: ${years}.`,
		);
	}
}
