import { scaleUtc } from 'd3-scale';
import type { Mark, TextMark } from '../scene';
import { WIDTH } from './frame';
import type { SeaMapData, SeaMapDay } from './data';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
/** Vertical layout of the strip, below the map. */
const Y = { label: 356, axis: 372, tick: 4, month: 392, cursorTop: 346, cursorBottom: 380 };
const LEFT = 20;
const RIGHT = WIDTH - 20;
const DAY_MS = 86_400_000;
/** Opacity of events after the cursor: still there, so the strip keeps its shape. */
const FUTURE = 0.35;

const x = scaleUtc()
	.domain([new Date(Date.UTC(1968, 0, 1)), new Date(Date.UTC(1969, 0, 1))])
	.range([LEFT, RIGHT]);

/** Midday of a `YYYY-MM-DD`, so a day's dot and the cursor on that day line up. */
function at(day: string): number {
	return x(new Date(Date.parse(`${day}T12:00:00Z`)));
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
export function stripMarks(data: SeaMapData, day: string): Mark[] {
	const cursor = at(day);
	const event = currentEvent(data.days, day);
	const months = MONTHS.flatMap((name, i): Mark[] => {
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
				y1: Y.axis - Y.tick,
				x2: start,
				y2: Y.axis + Y.tick,
			},
			{
				kind: 'text',
				key: `strip-month-${id}`,
				className: 'rd-axis-label',
				layer: 'frame',
				x: (start + end) / 2,
				y: Y.month,
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
			y: Y.axis - 3,
			width: crisisEnd - at(data.crisis.start),
			height: 6,
		},
		{
			kind: 'line',
			key: 'strip-axis',
			className: 'rd-strip-axis',
			layer: 'frame',
			x1: LEFT,
			y1: Y.axis,
			x2: RIGHT,
			y2: Y.axis,
		},
		...months,
		...data.days.map((d): Mark => ({
			kind: 'circle',
			key: `day-${d.date}`,
			className: d.date <= day ? 'rd-strip-day rd-strip-day--past' : 'rd-strip-day',
			layer: 'frame',
			cx: at(d.date),
			cy: Y.axis,
			r: d === event ? 4.5 : 3,
			opacity: d.date <= day ? 1 : FUTURE,
		})),
		{
			kind: 'line',
			key: 'strip-cursor',
			className: 'rd-strip-cursor',
			layer: 'frame',
			x1: cursor,
			y1: Y.cursorTop,
			x2: cursor,
			y2: Y.cursorBottom,
		},
		eventLabel(event, cursor),
	];
}

/** The current event's label, kept inside the strip: labels are at most 60 characters. */
function eventLabel(event: SeaMapDay | undefined, cursor: number): TextMark {
	const third = (RIGHT - LEFT) / 3;
	const anchor = cursor < LEFT + third ? 'start' : cursor > RIGHT - third ? 'end' : 'middle';
	const nudge = anchor === 'start' ? 5 : anchor === 'end' ? -5 : 0;
	return {
		kind: 'text',
		key: 'strip-label',
		className: 'rd-strip-label',
		layer: 'frame',
		x: cursor + nudge,
		y: Y.label,
		text: event ? `${shortDate(event.date)}: ${event.label}` : '',
		anchor,
		opacity: event ? 1 : 0,
	};
}
