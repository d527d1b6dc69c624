import type { Mark } from '../scene';
import { estimateTextWidth } from '../text-width';
import type { Period } from './data';
import { DIM, type TimelineGeometry, type X } from './geometry';

/**
 * A period's rectangle on the top track, its faint band behind the events, and its label,
 * centred on the visible part and shown only when it fits (in frames that fit labels, its first
 * comma-separated part may fit instead).
 */
export function periodMarks(
	g: TimelineGeometry,
	period: Period,
	x: X,
	highlighted: boolean,
	dim: boolean,
): Mark[] {
	const left = x(period.from);
	const right = x(period.to);
	const visible = Math.min(right, g.right) - Math.max(left, g.plot.x);
	const label = fittingLabel(period.label, visible, g.fitLabels);
	const opacity = dim && !highlighted ? DIM : 1;
	const mark = highlighted ? ' rd-highlight' : '';
	const key = `period-${period.from}`;
	return [
		{
			kind: 'rect',
			key,
			className: `rd-period rd-period--${period.code}${mark}`,
			layer: 'data',
			x: left,
			y: g.periods.y,
			width: right - left,
			height: g.periods.height,
			opacity,
		},
		{
			kind: 'rect',
			key: `${key}-band`,
			className: `rd-period-band rd-period-band--${period.code}`,
			layer: 'data',
			x: left,
			y: g.events.bandTop,
			width: right - left,
			height: g.bottom - g.events.bandTop,
			opacity,
		},
		{
			kind: 'text',
			key: `${key}-label`,
			className: `rd-period-label${opacity < 1 ? ' rd-period-label--on-pale' : ''}`,
			layer: 'data',
			x: (Math.max(left, g.plot.x) + Math.min(right, g.right)) / 2,
			y: g.periods.y + g.periods.height / 2 + 4,
			text: label ?? period.label,
			anchor: 'middle',
			opacity: label === undefined ? 0 : opacity,
		},
	];
}

/** The label, or its first comma-separated part, if it fits in `room`; undefined if neither does. */
function fittingLabel(label: string, room: number, abbreviate: boolean): string | undefined {
	const candidates = abbreviate ? [label, label.split(',')[0] ?? label] : [label];
	return candidates.find((text) => room >= estimateTextWidth(text) + 8);
}
