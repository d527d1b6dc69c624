import type { Mark } from '../scene';
import { estimateTextWidth } from '../text-width';
import type { TimelineEvent } from './data';
import { fractionalYear, yearOf } from './dates';
import { DIM, type TimelineGeometry, type X } from './geometry';
import { packRows, placeLabels, type LabelOption } from './pack-rows';

/**
 * Each event's dot, leader line and label. Dots sharing a spot stack in rows; labels show for
 * highlighted events only, placed in rows so they do not collide (see `labelPlaces`). Marks for
 * every event are always there, with opacity 0 when hidden, so keys are stable.
 */
export function eventMarks(
	g: TimelineGeometry,
	events: readonly TimelineEvent[],
	x: X,
	highlight: ReadonlySet<string>,
	dim: boolean,
	showFit: boolean,
): Mark[] {
	const { events: track, labels: labelGrid } = g;
	const sorted = [...events].sort((a, b) => fractionalYear(a.date) - fractionalYear(b.date));
	const xs = sorted.map((event) => x(fractionalYear(event.date)));
	const dotRows = packRows(
		xs.map((at) => ({ left: at - track.r, right: at + track.r })),
		track.dotRows,
		1,
	);
	const shown = sorted.map((event) => highlight.has(event.id));
	const places = labelPlaces(
		g,
		sorted.map((event) => labelText(event)),
		xs,
		shown,
	);
	return sorted.flatMap((event, i): Mark[] => {
		const at = xs[i] ?? 0;
		const text = labelText(event);
		const { row, option: label } = places[i] ?? { row: 0, option: placeLabel(g, text, at) };
		const dotY = track.dotY + (dotRows[i] ?? 0) * track.dotStep;
		const labelY = labelGrid.y + row * labelGrid.step;
		const on = shown[i] === true;
		const className = `rd-event${showFit ? ` rd-event--${event.fit}` : ''}${on ? ' rd-highlight' : ''}`;
		return [
			{
				kind: 'line',
				key: `event-${event.id}-leader`,
				className: 'rd-leader',
				layer: 'data',
				x1: at,
				y1: dotY + track.r,
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
				r: track.r,
				opacity: dim && !on ? DIM : 1,
			},
			{
				kind: 'text',
				key: `event-${event.id}-label`,
				className: 'rd-event-label',
				layer: 'data',
				x: label.x,
				y: labelY,
				text,
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

/**
 * Where each label goes: a row (0 for hidden labels) and its anchoring. 'rows': centred on the
 * dot (aligned to it near the plot's edges), packed first-fit; 'search': centred or aligned,
 * whichever lets every leader line reach its label without crossing another.
 */
function labelPlaces(
	g: TimelineGeometry,
	texts: readonly string[],
	xs: readonly number[],
	shown: readonly boolean[],
): { row: number; option: LabelOption }[] {
	const { rows, placement } = g.labels;
	const options = texts.map((text, i) => {
		const at = xs[i] ?? 0;
		const fallback = placeLabel(g, text, at);
		if (placement === 'rows') return [fallback];
		const inside = anchorings(text, at).filter((o) => o.left >= g.plot.x && o.right <= g.right);
		return inside.length > 0 ? inside : [fallback];
	});
	const picked = options.flatMap((o, i) => (shown[i] ? [{ at: xs[i] ?? 0, options: o }] : []));
	const placed =
		placement === 'rows'
			? packRows(
					picked.map((p) => p.options[0] ?? { left: p.at, right: p.at }),
					rows,
					8,
				).map((row, i) => ({ row, option: picked[i]?.options[0] }))
			: placeLabels(picked, rows, 8);
	let next = 0;
	return options.map((o, i) => {
		const place = shown[i] ? placed[next++] : undefined;
		const option = place?.option ?? o[0] ?? placeLabel(g, texts[i] ?? '', xs[i] ?? 0);
		return { row: place?.row ?? 0, option };
	});
}

/** A label centred on its dot, starting at it, or ending at it. */
function anchorings(text: string, at: number): LabelOption[] {
	const width = estimateTextWidth(text);
	return [
		{ anchor: 'middle', x: at, left: at - width / 2, right: at + width / 2 },
		{ anchor: 'start', x: at - 4, left: at - 4, right: at - 4 + width },
		{ anchor: 'end', x: at + 4, left: at + 4 - width, right: at + 4 },
	];
}

/** Centres a label on its event, or aligns it to the event when centring would cross the plot edge. */
function placeLabel(g: TimelineGeometry, text: string, at: number): LabelOption {
	const width = estimateTextWidth(text);
	const anchor = at - width / 2 < g.plot.x ? 'start' : at + width / 2 > g.right ? 'end' : 'middle';
	const left = anchor === 'start' ? at - 4 : anchor === 'end' ? at + 4 - width : at - width / 2;
	const labelX = anchor === 'start' ? at - 4 : anchor === 'end' ? at + 4 : at;
	return { anchor, x: labelX, left, right: left + width };
}
