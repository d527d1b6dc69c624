import { describe, expect, test } from 'vitest';
import { formatIssues } from '../../../../src/lib/util/format-issues';
import { TwoTrackTimelineData } from '../../../../src/lib/charts/two-track-timeline/data';
import { TwoTrackTimelineState } from '../../../../src/lib/charts/two-track-timeline/state';
import { data } from './fixture';

function issues(
	schema: typeof TwoTrackTimelineData | typeof TwoTrackTimelineState,
	input: unknown,
): string {
	const result = schema.safeParse(input);
	return result.success ? 'valid' : formatIssues(result.error);
}

describe('TwoTrackTimelineData', () => {
	test('rejects overlapping periods, repeated ids, ids that are period codes and impossible dates', () => {
		const [p0, p1] = data.periods;
		const [e0, e1] = data.events;
		expect(
			issues(TwoTrackTimelineData, {
				periods: [p0, { ...p1, from: 1968 }],
				events: [
					e0,
					{ ...e1, id: e0?.id },
					{ ...e1, id: 'mixed' },
					{ ...e1, id: 'late', date: '2023-02-30' },
				],
			}),
		).toMatchInlineSnapshot(`
			"  - events[3].date: use a real date written YYYY, YYYY-MM or YYYY-MM-DD
			  - periods[1].from: starts before the previous period ends (1969); keep periods in order and not overlapping
			  - events[1].id: "seoul" is already used (ids must be unique and differ from period codes)
			  - events[2].id: "mixed" is already used (ids must be unique and differ from period codes)"
		`);
	});

	test('defaults markers to none', () => {
		expect(TwoTrackTimelineData.parse({ ...data, markers: undefined }).markers).toEqual([]);
	});
});

describe('TwoTrackTimelineState', () => {
	test('defaults highlight and showFit, and rejects unknown keys and from after to', () => {
		expect(TwoTrackTimelineState.parse({ from: 1961, to: 2026 })).toEqual({
			from: 1961,
			to: 2026,
			highlight: [],
			showFit: false,
		});
		expect(issues(TwoTrackTimelineState, { from: 1990, to: 1980, hightlight: [] }))
			.toMatchInlineSnapshot(`
			"  - (top level): Unrecognized key: "hightlight"
			  - to: from must be before to"
		`);
	});
});
