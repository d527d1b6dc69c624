import type { SeaMapData } from './data';
import type { SeaMapState } from './state';
import { currentEvent, daysBetween, longDate } from './strip';

/** Accessible name of the map in one state. */
export function titleOf(state: SeaMapState): string {
	const where =
		state.zoom === 'sea' ? 'the Sea of Japan (East Sea) and Korea' : 'the waters off Wonsan';
	return `The Pueblo crisis: ${where}, ${longDate(state.day)}`;
}

/** One sentence for screen readers and print captions: what is marked, and where the strip stands. */
export function describe(data: SeaMapData, state: SeaMapState): string {
	const names = [
		...data.places.map((p) => [p.id, p.name]),
		...data.zones.map((z) => [z.id, z.label]),
	];
	const focused = names
		.filter(([id]) => state.focus.includes(id ?? ''))
		.map(([, name]) => name ?? '');
	const frame =
		state.zoom === 'sea'
			? 'A map of the Sea of Japan (East Sea) and the Korean peninsula'
			: 'A close-up of the coast around Wonsan';
	const marked =
		focused.length > 0
			? `highlighting ${list(focused)}`
			: `marking ${list(data.places.map((p) => p.name))}`;
	const event = currentEvent(data.days, state.day);
	const when = `${longDate(state.day)}, ${crisisDay(data, state.day)}`;
	const latest = event ? `; latest event (${longDate(event.date)}): ${event.label}` : '';
	return `${frame}, ${marked}, with the timeline at ${when}${latest}.`;
}

function crisisDay(data: SeaMapData, day: string): string {
	const since = daysBetween(data.crisis.start, day);
	if (since < 0) return 'before the crisis began';
	if (since === 0) return 'the day the crisis began';
	const after = daysBetween(data.crisis.end, day);
	if (after > 0) return `${after} ${after === 1 ? 'day' : 'days'} after it ended`;
	return `${since} ${since === 1 ? 'day' : 'days'} into the crisis`;
}

function list(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
