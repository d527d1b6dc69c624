import { beforeAll, describe, expect, test } from 'vitest';
import type { Scene } from '../../../../src/lib/charts/scene';
import { seaMap, type SeaMapState } from '../../../../src/lib/charts/sea-map';
import { expectLabelsFit, expectStableAcrossStates } from '../frame-checks';
import { chartData } from '../read-chart';
import { COLD_LOAD_MS, warmSeaMap } from '../../warm-caches';

const sink = seaMap.data.parse(chartData('kitchen-sink', 'map'));
beforeAll(() => warmSeaMap(sink), COLD_LOAD_MS);
type Input = Partial<SeaMapState> & { day: string };
/** The kitchen sink's steps, and a few more: every event's day, and both framings. */
const STATES: Input[] = [
	{ day: '1968-01-23', zoom: 'wonsan', focus: ['wonsan', 'us-claim', 'dprk-claim'] },
	{ day: '1968-02-03', focus: ['enterprise', 'wonsan'] },
	{ day: '1968-02-10', focus: ['box'] },
	{ day: '1968-12-23', focus: ['panmunjom'] },
	...sink.days.map((d) => ({ day: d.date })),
	{ day: '1968-01-01' },
	{ day: '1968-12-31', zoom: 'wonsan' },
];
const compact = (data: typeof sink, input: Input): Scene =>
	seaMap.layout(data, seaMap.state.parse(input), 'compact');

describe('layoutSeaMap, compact frame', () => {
	test('lays out 400×250 with every label inside the frame and none overlapping, in every step', () => {
		for (const input of STATES) expectLabelsFit(compact(sink, input), 'compact');
	});

	test("keeps every key and every path's point count in every state, zoomed or not", () => {
		expectStableAcrossStates(STATES.map((input) => compact(sink, input)));
	});

	test('labels every other month on the strip, and zones with one line', () => {
		const scene = compact(sink, { day: '1968-02-03' });
		const months = scene.marks.filter((m) => m.key.startsWith('strip-month-'));
		expect(months.map((m) => (m.kind === 'text' ? m.text : ''))).toEqual([
			'Jan',
			'Mar',
			'May',
			'Jul',
			'Sep',
			'Nov',
		]);
		expect(scene.marks.some((m) => m.key === 'zone-enterprise-detail')).toBe(false);
	});

	test('keeps the land light: each coastline far smaller than in the wide frame', () => {
		const size = (frame: 'wide' | 'compact') =>
			seaMap
				.layout(sink, seaMap.state.parse({ day: '1968-01-23' }), frame)
				.marks.filter((m) => m.kind === 'path')
				.reduce((sum, m) => sum + (m.kind === 'path' ? m.d.length : 0), 0);
		expect(size('compact')).toBeLessThan(size('wide') * 0.8);
	});
});
