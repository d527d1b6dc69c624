import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Frame } from '../../../../src/lib/charts/chart-type';
import type { Mark, PathMark, Scene } from '../../../../src/lib/charts/scene';
import { seaMap, type SeaMapData, type SeaMapState } from '../../../../src/lib/charts/sea-map';
import { DIM } from '../../../../src/lib/charts/sea-map/features';
import { COLD_LOAD_MS, warmSeaMap } from '../../warm-caches';

function chartData(path: string): SeaMapData {
	const file: { data: unknown } = JSON.parse(
		readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8'),
	);
	return seaMap.data.parse(file.data);
}
const fixture = chartData('content/articles/kitchen-sink/charts/map.json');
beforeAll(() => warmSeaMap(fixture), COLD_LOAD_MS);

const state = (input: Partial<SeaMapState> & { day: string }): SeaMapState =>
	seaMap.state.parse(input);
const layout = (
	data: SeaMapData,
	input: Partial<SeaMapState> & { day: string },
	frame: Frame = 'wide',
): Scene => seaMap.layout(data, state(input), frame);

function mark(scene: Scene, key: string): Mark {
	const found = scene.marks.find((m) => m.key === key);
	if (!found) throw new Error(`no mark ${key}`);
	return found;
}
function path(scene: Scene, key: string): PathMark {
	const m = mark(scene, key);
	if (m.kind !== 'path') throw new Error(`${key} is a ${m.kind}`);
	return m;
}

/** Absolute points of path data written as `M x,y l dx,dy … z` rings. */
function points(d: string): [number, number][] {
	const out: [number, number][] = [];
	for (const ring of d.split('M').filter(Boolean)) {
		const numbers = (ring.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
		let [x = 0, y = 0] = numbers;
		out.push([x, y]);
		for (let i = 2; i < numbers.length; i += 2) {
			x += numbers[i] ?? 0;
			y += numbers[i + 1] ?? 0;
			out.push([x, y]);
		}
	}
	return out;
}

const STATES: (Partial<SeaMapState> & { day: string })[] = [
	{ day: '1968-01-01' },
	{ day: '1968-01-23', zoom: 'wonsan', focus: ['us-claim'] },
	{ day: '1968-02-10', focus: ['box', 'wonsan'] },
	{ day: '1968-12-31', zoom: 'wonsan' },
];

describe('layoutSeaMap(fixture, state)', () => {
	const scene = layout(fixture, { day: '1968-02-03' });

	test('draws the sea, zone, both coastlines, places and the strip, under stable keys', () => {
		const keys = scene.marks.map((m) => m.key);
		expect(keys).toEqual(
			expect.arrayContaining([
				'sea',
				'zone-box',
				'land-sea',
				'borders-sea',
				'land-wonsan',
				'borders-wonsan',
				'zone-box-edge',
				'zone-box-label',
				'place-wonsan',
				'place-wonsan-label',
				'place-us-claim',
				'place-us-claim-label',
				'strip-crisis',
				'strip-axis',
				'strip-tick-01',
				'strip-month-12',
				'day-1968-01-23',
				'day-1968-02-03',
				'day-1968-12-23',
				'strip-cursor',
				'strip-label',
			]),
		);
		expect(new Set(keys).size).toBe(keys.length);
		expect(scene).toMatchObject({
			width: 640,
			height: 400,
			plot: { x: 0, y: 0, width: 640, height: 336 },
		});
	});

	test('keeps the same keys in every state', () => {
		const keysOf = (s: Scene) => s.marks.map((m) => m.key).sort();
		for (const input of STATES) expect(keysOf(layout(fixture, input))).toEqual(keysOf(scene));
	});

	test("keeps every path's point count in every state, zoomed or not", () => {
		const counts = (s: Scene) =>
			Object.fromEntries(
				s.marks.flatMap((m) => (m.kind === 'path' ? [[m.key, points(m.d).length]] : [])),
			);
		for (const input of STATES) expect(counts(layout(fixture, input))).toEqual(counts(scene));
	});

	test('shows the coastline of the current framing and hides the other one', () => {
		expect(path(scene, 'land-sea').opacity).toBe(1);
		expect(path(scene, 'land-wonsan').opacity).toBe(0);
		const zoomed = layout(fixture, { day: '1968-02-03', zoom: 'wonsan' });
		expect(path(zoomed, 'land-sea').opacity).toBe(0);
		expect(path(zoomed, 'land-wonsan').opacity).toBe(1);
	});

	test('zooms the coastlines by their transform alone: their data is the same in every state', () => {
		const zoomed = layout(fixture, { day: '1968-02-03', zoom: 'wonsan' });
		for (const key of ['land-sea', 'borders-sea', 'land-wonsan', 'borders-wonsan']) {
			expect(path(zoomed, key).d).toBe(path(scene, key).d);
			expect(path(zoomed, key).scale).not.toEqual(path(scene, key).scale);
		}
		// Each coastline is written in its own framing, so there it is drawn as it is.
		expect(path(scene, 'land-sea').scale).toEqual({ k: 1, x: 0, y: 0 });
		const own = path(zoomed, 'land-wonsan').scale;
		expect(own?.k).toBeCloseTo(1);
		expect(own?.x).toBeCloseTo(0);
		expect(own?.y).toBeCloseTo(0);
	});

	test('zooms by scaling about one projection: places spread apart and stay in view', () => {
		const at = (s: Scene, key: string) => {
			const m = mark(s, key);
			if (m.kind !== 'circle') throw new Error(key);
			return [m.cx, m.cy] as const;
		};
		const zoomed = layout(fixture, { day: '1968-02-03', zoom: 'wonsan' });
		const gap = (s: Scene) =>
			Math.hypot(...at(s, 'place-wonsan').map((v, i) => v - (at(s, 'place-us-claim')[i] ?? 0)));
		expect(gap(zoomed) / gap(scene)).toBeGreaterThan(3);
		for (const [x, y] of [at(zoomed, 'place-wonsan'), at(zoomed, 'place-us-claim')]) {
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(640);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(336);
		}
	});

	test('dims what is not in focus, and names a claimed position at sea scale only when focused', () => {
		const focused = layout(fixture, { day: '1968-02-03', focus: ['wonsan'] });
		expect(mark(focused, 'place-wonsan').opacity).toBe(1);
		expect(mark(focused, 'place-us-claim').opacity).toBe(DIM);
		expect(mark(focused, 'zone-box').opacity).toBe(DIM);
		expect(mark(scene, 'place-us-claim-label').opacity).toBe(0);
		expect(
			mark(layout(fixture, { day: '1968-02-03', focus: ['us-claim'] }), 'place-us-claim-label')
				.opacity,
		).toBe(1);
		expect(
			mark(layout(fixture, { day: '1968-02-03', zoom: 'wonsan' }), 'place-us-claim-label').opacity,
		).toBe(1);
	});

	test('puts the cursor on the day and labels the event at or just before it', () => {
		const label = (s: Scene) => mark(s, 'strip-label');
		expect(label(scene)).toMatchObject({
			text: '3 Feb: Kosygin objects to the US naval build-up',
			opacity: 1,
		});
		expect(label(layout(fixture, { day: '1968-06-01' }))).toMatchObject({
			text: '3 Feb: Kosygin objects to the US naval build-up',
		});
		expect(label(layout(fixture, { day: '1968-01-01' }))).toMatchObject({ text: '', opacity: 0 });
		const cursor = (day: string) => {
			const m = mark(layout(fixture, { day }), 'strip-cursor');
			return m.kind === 'line' ? m.x1 : NaN;
		};
		const dot = mark(scene, 'day-1968-02-03');
		expect(dot.kind === 'circle' && dot.cx).toBeCloseTo(cursor('1968-02-03'));
		expect(cursor('1968-01-01')).toBeLessThan(cursor('1968-07-01'));
		expect(cursor('1968-07-01')).toBeLessThan(cursor('1968-12-31'));
		expect(mark(scene, 'day-1968-12-23').opacity).toBeLessThan(1);
		expect(mark(scene, 'day-1968-01-23').opacity).toBe(1);
	});

	test('titles and describes each state in one sentence', () => {
		expect(scene.title).toBe(
			'The Pueblo crisis: the Sea of Japan (East Sea) and Korea, 3 February 1968',
		);
		expect(scene.description).toBe(
			'A map of the Sea of Japan (East Sea) and the Korean peninsula, marking Wonsan, US account of the seizure, DPRK account of the seizure and Panmunjom, with the timeline at 3 February 1968, 11 days into the crisis; latest event (3 February 1968): Kosygin objects to the US naval build-up.',
		);
		for (const input of STATES) {
			const { description } = layout(fixture, input);
			expect(description).toMatch(/\.$/);
			expect(description.slice(0, -1)).not.toMatch(/[.!?]\s/);
		}
	});

	test('fails loudly when a step focuses an id the data does not have', () => {
		expect(() => layout(fixture, { day: '1968-02-03', focus: ['nowhere'] })).toThrow(
			/"nowhere".*Known ids: wonsan, us-claim, dprk-claim, panmunjom, box, enterprise\./,
		);
	});
});

describe('layoutSeaMap(fixture, state): the land stays small and on the map', () => {
	for (const zoom of ['sea', 'wonsan'] as const) {
		test(`land-${zoom} is under 15,000 characters and inside the viewBox in its own framing`, () => {
			const scene = layout(fixture, { day: '1968-01-23', zoom });
			const { d } = path(scene, `land-${zoom}`);
			expect(d.length).toBeGreaterThan(200);
			expect(d.length).toBeLessThan(15_000);
			const margin = 3;
			for (const [x, y] of points(d)) {
				expect(x).toBeGreaterThanOrEqual(-margin);
				expect(x).toBeLessThanOrEqual(640 + margin);
				expect(y).toBeGreaterThanOrEqual(-margin);
				expect(y).toBeLessThanOrEqual(336 + margin);
			}
		});
	}

	test('writes coordinates with at most one decimal', () => {
		const scene = layout(fixture, { day: '1968-01-23' });
		for (const m of scene.marks) if (m.kind === 'path') expect(m.d).not.toMatch(/\.\d\d/);
	});

	test('shades the Enterprise zone outside its 200-mile ring: a cover ring with a hole', () => {
		const { d } = path(layout(fixture, { day: '1968-02-03' }), 'zone-enterprise');
		expect(d.match(/M/g)).toHaveLength(2);
		expect(
			points(path(layout(fixture, { day: '1968-02-03' }), 'zone-enterprise-edge').d),
		).toHaveLength(60);
	});
});

describe('SeaMapData and SeaMapState', () => {
	const raw = (): Record<string, unknown> =>
		JSON.parse(
			readFileSync(
				new URL('../../../../content/articles/kitchen-sink/charts/map.json', import.meta.url),
				'utf8',
			),
		).data;
	const issues = (data: unknown) => {
		const result = seaMap.data.safeParse(data);
		return result.success ? [] : result.error.issues.map((i) => i.message);
	};

	test('accepts the fixture', () => expect(issues(raw())).toEqual([]));

	test('rejects a URL where a source should be named', () => {
		const data = raw();
		data.days = [{ date: '1968-01-23', label: 'Seized', source: 'https://example.org/pueblo' }];
		expect(issues(data)).toContain('Name the source instead of giving a URL.');
	});

	test('rejects a place outside the bounds, naming it', () => {
		const data = raw();
		data.places = [
			{
				id: 'kursk',
				name: 'Kursk',
				lon: 36.19,
				lat: 51.73,
				kind: 'point',
				source: 'FACTS',
				approximate: true,
			},
		];
		expect(issues(data)).toContain(
			'Place "kursk" (36.19, 51.73) lies outside bounds; widen bounds or drop it.',
		);
	});

	test('rejects days out of order and days outside 1968', () => {
		const data = raw();
		data.days = [
			{ date: '1968-02-03', label: 'b', source: 'FRUS doc. 260' },
			{ date: '1968-01-23', label: 'a', source: 'FRUS doc. 212' },
		];
		expect(issues(data)).toContain(
			'Days must be in date order without repeats: 1968-01-23 follows 1968-02-03.',
		);
		expect(seaMap.state.safeParse({ day: '1969-01-01' }).error?.issues[0]?.message).toBe(
			'Give a real calendar day in 1968 (1968-01-01 to 1968-12-31).',
		);
		expect(seaMap.state.safeParse({ day: '1968-02-30' }).success).toBe(false);
	});

	test('fills in state defaults and rejects unknown keys', () => {
		expect(seaMap.state.parse({ day: '1968-01-23' })).toEqual({
			day: '1968-01-23',
			focus: [],
			zoom: 'sea',
		});
		expect(seaMap.state.safeParse({ day: '1968-01-23', zoom: 'korea' }).success).toBe(false);
		expect(seaMap.state.safeParse({ day: '1968-01-23', highlight: [] }).success).toBe(false);
	});
});

describe('tableSeaMap(data)', () => {
	test('lists places with degrees and minutes, zones and days, each with its source', () => {
		const table = seaMap.table(fixture);
		expect(table.columns).toEqual(['Kind', 'Name or event', 'Position or date', 'Source']);
		expect(table.rows).toContainEqual([
			'Claimed position',
			'US account of the seizure',
			'≈ 39°25.0′ N, 127°54.9′ E',
			expect.stringContaining('KINU'),
		]);
		expect(table.rows).toContainEqual([
			'Claimed position',
			'DPRK account of the seizure',
			'≈ 39°17.4′ N, 127°46.9′ E',
			expect.stringContaining('Voice of Korea'),
		]);
		expect(table.rows).toContainEqual([
			'Zone',
			expect.stringContaining('Enterprise'),
			'beyond 200 miles of 39°09.0′ N, 127°26.4′ E',
			'FRUS 1964–1968, vol. XXIX, pt. 1, doc. 260',
		]);
		expect(table.rows).toHaveLength(
			fixture.places.length + fixture.zones.length + fixture.days.length,
		);
		for (const row of table.rows) expect(row[3]).not.toMatch(/https?:/);
	});
});
