import type { Mark } from '../scene';
import type { TimelineMarker } from './data';
import { fractionalYear } from './dates';
import { BOTTOM, PERIODS, RIGHT, type X } from './geometry';
import { estimateTextWidth } from './pack-rows';

/** A dated line across both tracks, labelled at its foot (to its left near the right edge). */
export function markerMarks(marker: TimelineMarker, x: X): Mark[] {
	const at = x(fractionalYear(marker.date));
	const nearRight = at > RIGHT - estimateTextWidth(marker.label) - 8;
	return [
		{
			kind: 'line',
			key: `marker-${marker.id}`,
			className: 'rd-marker',
			layer: 'data',
			x1: at,
			y1: PERIODS.y - 4,
			x2: at,
			y2: BOTTOM,
		},
		{
			kind: 'text',
			key: `marker-${marker.id}-label`,
			className: 'rd-marker-label',
			layer: 'data',
			x: nearRight ? at - 4 : at + 4,
			y: BOTTOM - 6,
			text: marker.label,
			anchor: nearRight ? 'end' : 'start',
		},
	];
}
