import { scaleLinear } from 'd3-scale';
import type { Frame } from '../chart-type';
import type { Scene } from '../scene';
import { axisMarks } from './axis-marks';
import { PatternFit, RelationsCode, type TwoTrackTimelineData } from './data';
import { describe } from './describe';
import { eventMarks } from './event-marks';
import { GEOMETRY } from './geometry';
import { legendMarks } from './legend';
import { markerMarks } from './marker-marks';
import { periodMarks } from './period-marks';
import type { TwoTrackTimelineState } from './state';

/**
 * Lays out the two-track timeline for one step: coded periods of US–Soviet/Russian relations on
 * top, Moscow–Pyongyang events below, zoomed to `from`–`to`. Every period, event and marker is in
 * every scene (the renderer clips to the plot), so data keys are the same in every state of a
 * frame. Throws when `highlight` names neither an event nor a period code.
 */
export function layoutTwoTrackTimeline(
	data: TwoTrackTimelineData,
	state: TwoTrackTimelineState,
	frame: Frame,
): Scene {
	checkHighlight(data, state.highlight);
	const g = GEOMETRY[frame];
	const x = scaleLinear()
		.domain([state.from, state.to + 1])
		.range([g.plot.x, g.right]);
	const highlight = new Set(state.highlight);
	const dimPeriods = RelationsCode.options.some((code) => highlight.has(code));
	const dimEvents = data.events.some((event) => highlight.has(event.id));
	const fits = PatternFit.options.filter((fit) => data.events.some((event) => event.fit === fit));
	return {
		width: g.width,
		height: g.height,
		plot: g.plot,
		title: `US–Soviet/Russian relations and Moscow–Pyongyang events, ${state.from}–${state.to}`,
		description: describe(data, state, x),
		marks: [
			...data.periods.flatMap((period) =>
				periodMarks(g, period, x, highlight.has(period.code), dimPeriods),
			),
			...data.markers.flatMap((marker) => markerMarks(g, marker, x)),
			...eventMarks(g, data.events, x, highlight, dimEvents, state.showFit),
			...axisMarks(g, x),
			{
				kind: 'text',
				key: 'track-relations',
				className: 'rd-track-title',
				layer: 'frame',
				x: g.plot.x,
				y: g.periods.y - 8,
				text: g.titles.relations,
				anchor: 'start',
			},
			{
				kind: 'text',
				key: 'track-events',
				className: 'rd-track-title',
				layer: 'frame',
				x: g.plot.x,
				y: g.events.title,
				text: g.titles.events,
				anchor: 'start',
			},
			...legendMarks(g.legend, RelationsCode.options, fits, state.showFit),
		],
	};
}

function checkHighlight(data: TwoTrackTimelineData, highlight: readonly string[]): void {
	const known = new Set<string>([
		...RelationsCode.options,
		...data.events.map((event) => event.id),
	]);
	const unknown = highlight.filter((id) => !known.has(id));
	if (unknown.length > 0) {
		throw new Error(
			`highlight names ${unknown.map((id) => `"${id}"`).join(', ')}, which is neither an event id nor a period code; use one of: ${[...known].join(', ')}`,
		);
	}
}
