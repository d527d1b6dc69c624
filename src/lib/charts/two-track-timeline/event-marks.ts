import type { Mark } from '../scene';
import type { TimelineEvent } from './data';
import { fractionalYear, yearOf } from './dates';
import { DIM, EVENTS, LABELS, PLOT, RIGHT, type X } from './geometry';
import { estimateTextWidth, packRows } from './pack-rows';

/**
 * Each event's dot, leader line and label. Dots sharing a spot stack in rows; labels show for
 * highlighted events only, packed into rows so they do not collide. Marks for every event are
 * always there, with opacity 0 when hidden, so keys are stable.
 */
export function eventMarks(
	events: readonly TimelineEvent[],
	x: X,
	highlight: ReadonlySet<string>,
	dim: boolean,
	showFit: boolean,
): Mark[] {
	const sorted = [...events].sort((a, b) => fractionalYear(a.date) - fractionalYear(b.date));
	const xs = sorted.map((event) => x(fractionalYear(event.date)));
	const dotRows = packRows(
		xs.map((at) => ({ left: at - EVENTS.r, right: at + EVENTS.r })),
		EVENTS.dotRows,
		1,
	);
	const labels = sorted.map((event, i) => placeLabel(labelText(event), xs[i] ?? 0));
	const shown = sorted.map((event) => highlight.has(event.id));
	const labelRows = packRows(
		labels.filter((_, i) => shown[i]),
		LABELS.rows,
		8,
	);
	let next = 0;
	return sorted.flatMap((event, i): Mark[] => {
		const at = xs[i] ?? 0;
		const label = labels[i] ?? { x: at, anchor: 'middle', text: '' };
		const dotY = EVENTS.dotY + (dotRows[i] ?? 0) * EVENTS.dotStep;
		const labelY = LABELS.y + (shown[i] ? (labelRows[next++] ?? 0) : 0) * LABELS.step;
		const on = shown[i] === true;
		const className = `rd-event${showFit ? ` rd-event--${event.fit}` : ''}${on ? ' rd-highlight' : ''}`;
		return [
			{
				kind: 'line',
				key: `event-${event.id}-leader`,
				className: 'rd-leader',
				layer: 'data',
				x1: at,
				y1: dotY + EVENTS.r,
				x2: at,
				y2: labelY - 11,
				opacity: on ? 1 : 0,
			},
			{
				kind: 'circle',
				key: `event-${event.id}`,
				className,
				layer: 'data',
				cx: at,
				cy: dotY,
				r: EVENTS.r,
				opacity: dim && !on ? DIM : 1,
			},
			{
				kind: 'text',
				key: `event-${event.id}-label`,
				className: 'rd-event-label',
				layer: 'data',
				x: label.x,
				y: labelY,
				text: label.text,
				anchor: label.anchor,
				opacity: on ? 1 : 0,
			},
		];
	});
}

/** The event's label, with its year (or `when`) unless the label already names a year. */
export function labelText(event: TimelineEvent, when = String(yearOf(event.date))): string {
	return /\d{4}/.test(event.label) ? event.label : `${event.label} (${when})`;
}

/** Centres a label on its event, or aligns it to the event when centring would cross the plot edge. */
function placeLabel(text: string, at: number) {
	const width = estimateTextWidth(text);
	const anchor = at - width / 2 < PLOT.x ? 'start' : at + width / 2 > RIGHT ? 'end' : 'middle';
	const left = anchor === 'start' ? at - 4 : anchor === 'end' ? at + 4 - width : at - width / 2;
	const labelX = anchor === 'start' ? at - 4 : anchor === 'end' ? at + 4 : at;
	return { text, anchor, x: labelX, left, right: left + width } as const;
}
