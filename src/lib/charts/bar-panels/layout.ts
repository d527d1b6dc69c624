import type { Frame } from '../chart-type';
import type { Mark, Scene } from '../scene';
import { estimateTextWidth } from '../text-width';
import { debtMarks } from './debt';
import { describe, panelOfView, titleOf } from './describe';
import { GEOMETRY, panelFrames } from './frames';
import { highlightedYears, panelMarks } from './panels';
import type { BarPanelsData } from './data';
import { DEBT_KEYS, type BarPanelsState, type Highlight } from './state';

/**
 * Lays out the debt and trade panels for one step. Pure. Every mark of every view is in every
 * scene: a view moves the marks it shows into place and fades the rest (hidden bars collapse
 * onto their baseline), so steps animate between views. Units never share an axis.
 */
export function layoutBarPanels(data: BarPanelsData, state: BarPanelsState, frame: Frame): Scene {
	checkHighlight(data, state.highlight);
	if (state.view === 'trade-soviet' || state.view === 'trade-russia') panelOfView(data, state);
	const g = GEOMETRY[frame];
	const frames = panelFrames(g, data.panels, state.view);
	const line = sourceLine(data, state);
	const marks: Mark[] = [
		...debtMarks(g, data.debt, state.view === 'debt', state.highlight),
		...data.panels.flatMap((panel) => {
			const panelFrame = frames.get(panel.id);
			return panelFrame ? panelMarks(g, panel, panelFrame, state.highlight) : [];
		}),
		{
			kind: 'text',
			key: 'source-line',
			className: 'rd-chart-note',
			layer: 'frame',
			x: g.note.x,
			y: g.note.y,
			text:
				g.terse && estimateTextWidth(line, 12) > g.width - 2 * g.note.x
					? shortSourceLine(state)
					: line,
			anchor: 'start',
		},
	];
	return {
		width: g.width,
		height: g.height,
		plot: g.plot,
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

/** The line under a compact chart when the full one is too long: where to look, or how to read. */
function shortSourceLine({ view, highlight }: BarPanelsState): string {
	if (highlight.length > 0) return 'Sources for the highlighted figures are in the table.';
	if (view === 'debt') return '≈ marks an estimate. Sources are in the table.';
	if (view === 'both') return 'Separate scales: roubles and dollars don’t compare.';
	return 'Hatched bars and ≈ mark estimates; n/a: no figure.';
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
