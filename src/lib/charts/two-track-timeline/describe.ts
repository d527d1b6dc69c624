import type { TwoTrackTimelineData } from './data';
import { formatDate, fractionalYear } from './dates';
import { labelText } from './event-marks';
import type { X } from './geometry';
import type { TwoTrackTimelineState } from './state';

/** One sentence saying what the step shows: range, events in view, highlights, fit, markers. */
export function describe(data: TwoTrackTimelineData, state: TwoTrackTimelineState, x: X): string {
	const [start = 0, end = 0] = x.domain();
	const inView = data.events.filter(
		(event) => fractionalYear(event.date) >= start && fractionalYear(event.date) < end,
	);
	const named = state.highlight.map((id) => {
		const event = data.events.find((e) => e.id === id);
		return event
			? labelText(event, formatDate(event.date))
			: `${id === 'detente' ? 'détente' : id} periods`;
	});
	const markers = data.markers.filter(
		(m) => fractionalYear(m.date) >= start && fractionalYear(m.date) < end,
	);
	return [
		`Top: US–Soviet/Russian relations, ${state.from}–${state.to}, coded as confrontation, détente or mixed; bottom: ${inView.length} Moscow–Pyongyang events`,
		named.length > 0 ? `highlighted: ${named.join(', ')}` : undefined,
		state.showFit ? 'each event marked as fitting the pattern, breaking it, or mixed' : undefined,
		...markers.map((m) => `a line marks “${m.label}”`),
	]
		.filter((part) => part !== undefined)
		.join('; ')
		.concat('.');
}
