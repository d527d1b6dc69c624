import {
	TwoTrackTimelineData,
	type TwoTrackTimelineData as Data,
} from '../../../../src/lib/charts/two-track-timeline/data';
import {
	TwoTrackTimelineState,
	type TwoTrackTimelineState as State,
} from '../../../../src/lib/charts/two-track-timeline/state';

/** A small timeline: three periods with a gap, four events, one marker. */
export const data: Data = TwoTrackTimelineData.parse({
	periods: [
		{ from: 1962, to: 1969, code: 'mixed', label: 'Post-Cuba', source: 'S1' },
		{ from: 1969, to: 1980, code: 'detente', label: 'Détente', source: 'S2' },
		{ from: 1985, to: 1992, code: 'detente', label: 'Thaw', source: 'S3' },
	],
	events: [
		{ id: 'seoul', date: '1990-09-30', label: 'Seoul recognised', fit: 'fits', source: 'E4' },
		{ id: 'treaty', date: '1961-07-06', label: 'Treaty', fit: 'untested', source: 'E1' },
		{ id: 'pueblo', date: '1968-01-23', label: 'Pueblo seizure', fit: 'fits', source: 'E2' },
		{ id: 'kim', date: '1984-05', label: 'Kim in Moscow', fit: 'mixed', source: 'E3' },
	],
	markers: [{ id: 'essay', date: '2015-02', label: 'Essay' }],
});

/** Parses a state the way the build does, so defaults apply. */
export function state(input: Partial<State> & Pick<State, 'from' | 'to'>): State {
	return TwoTrackTimelineState.parse(input);
}
