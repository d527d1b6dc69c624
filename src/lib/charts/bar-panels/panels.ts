import { scaleLinear } from 'd3-scale';
import type { Mark, TextMark } from '../scene';
import { estimateTextWidth, fitText } from '../text-width';
import { barLabel, barYear, gapYears, shortBarLabel, shortYear } from './format';
import { DIM, slotsOf, type BarsGeometry, type PanelFrame, type Slot } from './frames';
import type { BarPanel } from './data';
import type { Highlight } from './state';

/** Share of a column a bar fills. */
const BAR_SHARE = 0.6;

/** The years of a panel that a highlight names (empty: the panel is not dimmed). */
export function highlightedYears(panel: BarPanel, highlight: readonly Highlight[]): number[] {
	return panel.bars.map((b) => b.year).filter((year) => highlight.includes(year));
}

/**
 * One trade panel: heading, value axis, bars with their numbers and years, gaps with notes.
 * The value scale depends on the data only, so tick marks keep their keys in every view.
 * Hidden panels keep their frame, bars collapse onto the baseline and everything fades out.
 * Terse frames write shorter numbers, years and gap notes, and side by side show the numbers
 * of highlighted bars only.
 */
export function panelMarks(
	g: BarsGeometry,
	panel: BarPanel,
	frame: PanelFrame,
	highlight: readonly Highlight[],
): Mark[] {
	const { top: barTop, baseline, terse } = g;
	const y = scaleLinear()
		.domain([0, Math.max(...panel.bars.map((b) => b.value))])
		.nice(4)
		.range([baseline, barTop]);
	const crowded = terse && !frame.alone;
	const year = (label: string) => (crowded ? shortYear(label) : label);
	const slots = slotsOf(panel);
	const column = frame.width / slots.length;
	const picked = highlightedYears(panel, highlight);
	const fade = frame.visible ? 1 : 0;
	const shown = (year?: number) =>
		fade * (picked.length === 0 || (year !== undefined && picked.includes(year)) ? 1 : DIM);
	const id = `panel-${panel.id}`;
	const text = (
		key: string,
		x: number,
		ty: number,
		value: string,
		className: string,
		anchor: TextMark['anchor'] = 'middle',
		opacity = fade,
	): TextMark => ({
		kind: 'text',
		key,
		className,
		layer: 'frame',
		x,
		y: ty,
		text: value,
		anchor,
		opacity,
	});

	const axis = y.ticks(g.ticks).flatMap((tick, i): Mark[] => [
		{
			kind: 'line',
			key: `${id}-grid-${i}`,
			className: i === 0 ? 'rd-baseline' : 'rd-grid',
			layer: 'frame',
			x1: frame.x,
			y1: y(tick),
			x2: frame.x + frame.width,
			y2: y(tick),
			opacity: fade,
		},
		text(`${id}-tick-${i}`, frame.x - 6, y(tick) + 4, String(tick), 'rd-axis-label', 'end'),
	]);
	const columns = slots.flatMap((slot, i): Mark[] => {
		const centre = frame.x + column * (i + 0.5);
		return slot.kind === 'bar' ? barMarks(slot, centre) : gapMarks(slot, centre, slots[i - 1]);
	});
	const title = heading();
	return [
		text(`${id}-title`, title.x, barTop - 24, title.text, 'rd-panel-title', 'start'),
		...axis,
		...columns,
	];

	function barMarks(slot: Extract<Slot, { kind: 'bar' }>, centre: number): Mark[] {
		const { bar } = slot;
		const top = frame.visible ? y(bar.value) : baseline;
		const key = `bar-${panel.id}-${bar.year}`;
		const classes = [
			'rd-bar',
			bar.estimate && 'rd-bar--estimate',
			bar.partial && 'rd-bar--partial',
			picked.includes(bar.year) && 'rd-bar--highlight',
		];
		return [
			{
				kind: 'rect',
				key,
				className: classes.filter(Boolean).join(' '),
				layer: 'data',
				x: centre - (column * BAR_SHARE) / 2,
				y: top,
				width: column * BAR_SHARE,
				height: baseline - top,
				opacity: shown(bar.year),
			},
			text(
				`${key}-value`,
				centre,
				top - 6,
				terse ? shortBarLabel(bar) : barLabel(bar),
				'rd-bar-value',
				'middle',
				crowded && !picked.includes(bar.year) ? 0 : shown(bar.year),
			),
			text(
				`${key}-year`,
				centre,
				baseline + 16,
				year(barYear(bar)),
				'rd-axis-label',
				'middle',
				shown(bar.year),
			),
		];
	}

	/** A gap's note; after another gap, set two lines higher so neighbouring notes never touch. */
	function gapMarks(slot: Extract<Slot, { kind: 'gap' }>, centre: number, before?: Slot): Mark[] {
		const { gap } = slot;
		const key = `gap-${panel.id}-${gap.from}`;
		const opacity = shown();
		const [first, second] = twoLines(gap.label);
		const low = baseline - (before?.kind === 'gap' ? 37 : 11);
		const note = terse
			? [text(`${key}-line-1`, centre, low, 'n/a', 'rd-gap-label', 'middle', opacity)]
			: [
					text(`${key}-line-1`, centre, low - 13, first, 'rd-gap-label', 'middle', opacity),
					text(`${key}-line-2`, centre, low, second, 'rd-gap-label', 'middle', opacity),
				];
		return [
			{
				kind: 'rect',
				key,
				className: 'rd-bar-gap',
				layer: 'data',
				x: centre - column / 2 + 2,
				y: barTop,
				width: column - 4,
				height: baseline - barTop,
				opacity,
			},
			...note,
			text(
				`${key}-year`,
				centre,
				baseline + 16,
				year(gapYears(gap)),
				'rd-axis-label',
				'middle',
				opacity,
			),
		];
	}

	/** The panel's heading: with its unit when alone; terse frames keep it inside the chart. */
	function heading(): { x: number; text: string } {
		if (!frame.alone) return { x: frame.x, text: panel.shortLabel };
		const long = `${panel.label} (${panel.unit})`;
		if (!terse) return { x: frame.x, text: long };
		const text = fitText([long, panel.shortLabel], g.right - g.left, 12);
		return { x: Math.max(g.left, Math.min(frame.x, g.right - estimateTextWidth(text, 12))), text };
	}
}

/** Splits a short phrase at the space nearest its middle: "not published" → "not", "published". */
export function twoLines(phrase: string): [string, string] {
	const middle = phrase.length / 2;
	const spaces = [...phrase.matchAll(/ /g)].map((m) => m.index);
	const at = spaces.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle))[0];
	return at === undefined ? [phrase, ''] : [phrase.slice(0, at), phrase.slice(at + 1)];
}
