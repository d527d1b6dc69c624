import type { Mark } from '../scene';
import { estimateTextWidth } from '../text-width';
import type { TimelineMarker } from './data';
import { fractionalYear } from './dates';
import type { TimelineGeometry, X } from './geometry';

/**
 * A dated line across both tracks, labelled at its foot (to its left near the right edge).
 * Frames that fit labels break the line between the tracks and hide the label out of view.
 */
export function markerMarks(g: TimelineGeometry, marker: TimelineMarker, x: X): Mark[] {
	const at = x(fractionalYear(marker.date));
	const nearRight = at > g.right - estimateTextWidth(marker.label) - 8;
	const top = g.periods.y - 4;
	const spans = g.fitLabels
		? [
				[top, g.periods.y + g.periods.height + 4],
				[g.events.bandTop, g.bottom],
			]
		: [[top, g.bottom]];
	return [
		...spans.map(([y1 = top, y2 = g.bottom], i): Mark => ({
			kind: 'line',
			key: `marker-${marker.id}${i === 0 ? '' : `-${i + 1}`}`,
			className: 'rd-marker',
			layer: 'data',
			x1: at,
			y1,
			x2: at,
			y2,
		})),
		{
			kind: 'text',
			key: `marker-${marker.id}-label`,
			className: 'rd-marker-label',
			layer: 'data',
			x: nearRight ? at - 4 : at + 4,
			y: g.bottom - 6,
			text: marker.label,
			anchor: nearRight ? 'end' : 'start',
			...(g.fitLabels && (at < g.plot.x || at > g.right) ? { opacity: 0 } : {}),
		},
	];
}
