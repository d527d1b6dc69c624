import { scaleUtc } from 'd3-scale';
import type { Mark, TextMark } from '../scene';
import { estimateTextWidth } from '../text-width';
import type { StripGeometry } from './frame';
import type { SeaMapData, SeaMapDay } from './data';
import { MONTH_ABBREVIATIONS as MONTHS, MONTH_NAMES } from '../months';

const DAY_MS = 86_400_000;
/** Opacity of events after the cursor: still there, so the strip keeps its shape. */
const FUTURE = 0.35;

/** Dates of 1968 to x along the strip. */
function yearScale(strip: StripGeometry) {
	return scaleUtc()
		.domain([new Date(Date.UTC(1968, 0, 1)), new Date(Date.UTC(1969, 0, 1))])
		.range([strip.left, strip.right]);
}

/** "3 Feb" */
export function shortDate(day: string): string {
	const [, m = 1, d = 1] = day.split('-').map(Number);
	return `${d} ${MONTHS[m - 1] ?? ''}`;
}

/** "3 February 1968" */
export function longDate(day: string): string {
	const [y = 1968, m = 1, d = 1] = day.split('-').map(Number);
	return `${d} ${MONTH_NAMES[m - 1] ?? ''} ${y}`;
}

/** Whole days from `from` to `to` (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The latest event on or before `day`, if any. */
export function currentEvent(days: readonly SeaMapDay[], day: string): SeaMapDay | undefined {
	return days.filter((d) => d.date <= day).at(-1);
}

/** The day strip: months, the crisis span, one dot per event, the cursor and the current event. */
export function stripMarks(strip: StripGeometry, data: SeaMapData, day: string): Mark[] {
	const x = yearScale(strip);
	// Midday of a `YYYY-MM-DD`, so a day's dot and the cursor on that day line up.
	const at = (d: string) => x(new Date(Date.parse(`${d}T12:00:00Z`)));
	const cursor = at(day);
	const event = currentEvent(data.days, day);
	const months = MONTHS.flatMap((name, i): Mark[] => {
		if (i % strip.monthStep !== 0) return [];
		const start = x(new Date(Date.UTC(1968, i, 1)));
		const end = x(new Date(Date.UTC(1968, i + 1, 1)));
		const id = String(i + 1).padStart(2, '0');
		return [
			{
				kind: 'line',
				key: `strip-tick-${id}`,
				className: 'rd-strip-tick',
				layer: 'frame',
				x1: start,
				y1: strip.axis - strip.tick,
				x2: start,
				y2: strip.axis + strip.tick,
			},
			{
				kind: 'text',
				key: `strip-month-${id}`,
				className: 'rd-axis-label',
				layer: 'frame',
				x: (start + end) / 2,
				y: strip.month,
				text: name,
				anchor: 'middle',
			},
		];
	});
	const crisisEnd = at(data.crisis.end);
	return [
		{
			kind: 'rect',
			key: 'strip-crisis',
			className: 'rd-strip-span',
			layer: 'frame',
			x: at(data.crisis.start),
			y: strip.axis - 3,
			width: crisisEnd - at(data.crisis.start),
			height: 6,
		},
		{
			kind: 'line',
			key: 'strip-axis',
			className: 'rd-strip-axis',
			layer: 'frame',
			x1: strip.left,
			y1: strip.axis,
			x2: strip.right,
			y2: strip.axis,
		},
		...months,
		...data.days.map((d): Mark => ({
			kind: 'circle',
			key: `day-${d.date}`,
			className: d.date <= day ? 'rd-strip-day rd-strip-day--past' : 'rd-strip-day',
			layer: 'frame',
			cx: at(d.date),
			cy: strip.axis,
			r: d === event ? strip.current : strip.dot,
			opacity: d.date <= day ? 1 : FUTURE,
		})),
		{
			kind: 'line',
			key: 'strip-cursor',
			className: 'rd-strip-cursor',
			layer: 'frame',
			x1: cursor,
			y1: strip.cursorTop,
			x2: cursor,
			y2: strip.cursorBottom,
		},
		eventLabel(strip, event, cursor),
	];
}

/** The current event's label, kept inside the strip (see `StripGeometry.labelAt`). */
function eventLabel(strip: StripGeometry, event: SeaMapDay | undefined, cursor: number): TextMark {
	const full = event ? `${shortDate(event.date)}: ${event.label}` : '';
	const { anchor, x, text } =
		strip.labelAt === 'beside' ? beside(strip, cursor, full) : above(strip, cursor, full);
	return {
		kind: 'text',
		key: 'strip-label',
		className: 'rd-strip-label',
		layer: 'frame',
		x,
		y: strip.label,
		text,
		anchor,
		opacity: event ? 1 : 0,
	};
}

type Placed = { anchor: TextMark['anchor']; x: number; text: string };

/** Beside the cursor, on the side with room: labels are at most 60 characters. */
function beside({ left, right }: StripGeometry, cursor: number, text: string): Placed {
	const third = (right - left) / 3;
	const anchor = cursor < left + third ? 'start' : cursor > right - third ? 'end' : 'middle';
	const nudge = anchor === 'start' ? 5 : anchor === 'end' ? -5 : 0;
	return { anchor, x: cursor + nudge, text };
}

/** Centred over the cursor, pushed back inside the strip, shortened by words if too long. */
function above({ left, right }: StripGeometry, cursor: number, full: string): Placed {
	const words = full.split(' ');
	let text = full;
	while (estimateTextWidth(text) > right - left && words.length > 1) {
		words.pop();
		text = `${words.join(' ').replace(/[,;:]$/, '')}…`;
	}
	const half = estimateTextWidth(text) / 2;
	if (cursor - half < left) return { anchor: 'start', x: left, text };
	if (cursor + half > right) return { anchor: 'end', x: right, text };
	return { anchor: 'middle', x: cursor, text };
}
