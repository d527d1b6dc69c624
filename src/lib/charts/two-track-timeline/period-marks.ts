import type { Mark } from '../scene';
import type { Period } from './data';
import { BOTTOM, DIM, EVENTS, PERIODS, PLOT, RIGHT, type X } from './geometry';
import { estimateTextWidth } from './pack-rows';

/**
 * A period's rectangle on the top track, its faint band behind the events, and its label,
 * centred on the visible part and shown only when it fits.
 */
export function periodMarks(period: Period, x: X, highlighted: boolean, dim: boolean): Mark[] {
	const left = x(period.from);
	const right = x(period.to);
	const visible = Math.min(right, RIGHT) - Math.max(left, PLOT.x);
	const labelFits = visible >= estimateTextWidth(period.label) + 8;
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
			y: PERIODS.y,
			width: right - left,
			height: PERIODS.height,
			opacity,
		},
		{
			kind: 'rect',
			key: `${key}-band`,
			className: `rd-period-band rd-period-band--${period.code}`,
			layer: 'data',
			x: left,
			y: EVENTS.bandTop,
			width: right - left,
			height: BOTTOM - EVENTS.bandTop,
			opacity,
		},
		{
			kind: 'text',
			key: `${key}-label`,
			className: 'rd-period-label',
			layer: 'data',
			x: (Math.max(left, PLOT.x) + Math.min(right, RIGHT)) / 2,
			y: PERIODS.y + PERIODS.height / 2 + 4,
			text: period.label,
			anchor: 'middle',
			opacity: labelFits ? opacity : 0,
		},
	];
}
