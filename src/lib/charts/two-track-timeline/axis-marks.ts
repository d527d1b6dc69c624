import type { Mark } from '../scene';
import type { TimelineGeometry, X } from './geometry';

/** The time axis: a baseline, and a tick and label for each year d3 picks (about `g.ticks`). */
export function axisMarks(g: TimelineGeometry, x: X): Mark[] {
	const [, end = 0] = x.domain();
	// The domain ends on 1 January after the last year in view; that year boundary gets no label.
	const years = x.ticks(g.ticks).filter((year) => Number.isInteger(year) && year < end);
	return [
		{
			kind: 'line',
			key: 'axis',
			className: 'rd-axis',
			layer: 'frame',
			x1: g.plot.x,
			y1: g.bottom + 4,
			x2: g.right,
			y2: g.bottom + 4,
		},
		...years.flatMap((year): Mark[] => [
			{
				kind: 'line',
				key: `tick-${year}-line`,
				className: 'rd-tick',
				layer: 'frame',
				x1: x(year),
				y1: g.bottom + 4,
				x2: x(year),
				y2: g.bottom + 9,
			},
			{
				kind: 'text',
				key: `tick-${year}`,
				className: 'rd-axis-label',
				layer: 'frame',
				x: x(year),
				y: g.bottom + 22,
				text: String(year),
				anchor: 'middle',
			},
		]),
	];
}
