import type { Mark } from '../scene';
import { BOTTOM, PLOT, RIGHT, type X } from './geometry';

/** The time axis: a baseline, and a tick and label for each year d3 picks (about eight). */
export function axisMarks(x: X): Mark[] {
	const [, end = 0] = x.domain();
	// The domain ends on 1 January after the last year in view; that year boundary gets no label.
	const years = x.ticks(8).filter((year) => Number.isInteger(year) && year < end);
	return [
		{
			kind: 'line',
			key: 'axis',
			className: 'rd-axis',
			layer: 'frame',
			x1: PLOT.x,
			y1: BOTTOM + 4,
			x2: RIGHT,
			y2: BOTTOM + 4,
		},
		...years.flatMap((year): Mark[] => [
			{
				kind: 'line',
				key: `tick-${year}-line`,
				className: 'rd-tick',
				layer: 'frame',
				x1: x(year),
				y1: BOTTOM + 4,
				x2: x(year),
				y2: BOTTOM + 9,
			},
			{
				kind: 'text',
				key: `tick-${year}`,
				className: 'rd-axis-label',
				layer: 'frame',
				x: x(year),
				y: BOTTOM + 22,
				text: String(year),
				anchor: 'middle',
			},
		]),
	];
}
