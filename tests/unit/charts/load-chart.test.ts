import { describe, expect, test } from 'vitest';
import {
	getChartType,
	layoutStep,
	loadChart,
	parseChartFile,
	stepLayout,
} from '../../../src/lib/charts/load-chart';

const FILE = 'content/articles/demo/charts/pattern.json';
const STEP = { file: 'content/articles/demo/02-pattern.mdx', step: 'pueblo-seized' };
const timeline = {
	type: 'two-track-timeline',
	title: 'The pattern',
	data: {
		periods: [{ from: 1962, to: 1969, code: 'mixed', label: 'Post-Cuba', source: 'S1' }],
		events: [
			{ id: 'pueblo', date: '1968-01-23', label: 'Pueblo seizure', fit: 'fits', source: 'E1' },
		],
	},
};

describe('loadChart', () => {
	test('loadChart(json, file) finds the chart type and parses the data, applying defaults', () => {
		const chart = loadChart(timeline, FILE);
		expect(chart).toMatchObject({ file: FILE, type: 'two-track-timeline', title: 'The pattern' });
		expect(chart).not.toHaveProperty('note');
		expect(chart.data).toMatchObject({ markers: [] });
	});

	test('loadChart(json, file) parses a chart file once, however many scrollies show it', () => {
		const file = structuredClone(timeline);
		const first = loadChart(file, FILE);
		expect(loadChart(file, FILE)).toBe(first);
		expect(loadChart(structuredClone(timeline), FILE)).not.toBe(first);
	});

	test('parseChartFile(json, file) names the file, each problem and the expected shape', () => {
		expect(() => parseChartFile({ title: '', data: {}, colour: 'red' }, FILE))
			.toThrowErrorMatchingInlineSnapshot(`
				[Error: content/articles/demo/charts/pattern.json is not a chart file:
				  - type: Invalid input: expected string, received undefined
				  - title: Too small: expected string to have >=1 characters
				  - (top level): Unrecognized key: "colour"
				Fix: write { "type", "title", "note" (optional), "data" }, with "type" one of the known chart types: bar-panels, scorecard, sea-map, two-track-timeline.]
			`);
	});

	test('getChartType(type, file) names the file and the known chart types', () => {
		expect(() => getChartType('timeline', FILE)).toThrowErrorMatchingInlineSnapshot(`
			[Error: content/articles/demo/charts/pattern.json: unknown chart type "timeline".
			Fix: set "type" to one of the known chart types: bar-panels, scorecard, sea-map, two-track-timeline (src/lib/charts/registry.ts).]
		`);
	});

	test('loadChart(json, file) names the file, the data path and the schema to read', () => {
		const broken = {
			...timeline,
			data: {
				...timeline.data,
				events: [{ ...timeline.data.events[0], date: '1968-1-23', fit: 'fit' }],
			},
		};
		expect(() => loadChart(broken, FILE)).toThrowErrorMatchingInlineSnapshot(`
			[Error: content/articles/demo/charts/pattern.json: "data" does not fit the two-track-timeline data schema:
			  - data.events[0].date: use a real date written YYYY, YYYY-MM or YYYY-MM-DD
			  - data.events[0].fit: Invalid option: expected one of "fits"|"breaks"|"mixed"|"untested"
			Fix: correct the data in content/articles/demo/charts/pattern.json; the schema, with a comment per field, is src/lib/charts/two-track-timeline/data.ts.]
		`);
	});
});

describe('steps', () => {
	const chart = loadChart(timeline, FILE);

	test('layoutStep(chart, state, frame, where) parses the state and lays it out in that frame', () => {
		const state = { from: 1961, to: 1972, highlight: ['pueblo'] };
		const scene = layoutStep(chart, state, 'wide', STEP);
		expect(scene.title).toBe('US–Soviet/Russian relations and Moscow–Pyongyang events, 1961–1972');
		expect(scene).toMatchObject({ width: 640, height: 400 });
		expect(layoutStep(chart, state, 'compact', STEP)).toMatchObject({ width: 400, height: 250 });
	});

	test('stepLayout(chart, state, where) names the section file, the step, each problem and the schema', () => {
		expect(() => stepLayout(chart, { from: '1961', to: 1950, hightlight: [] }, STEP))
			.toThrowErrorMatchingInlineSnapshot(`
			[Error: content/articles/demo/02-pattern.mdx, step "pueblo-seized": the state does not fit the two-track-timeline state schema (chart content/articles/demo/charts/pattern.json):
			  - state.from: Invalid input: expected number, received string
			  - state: Unrecognized key: "hightlight"
			Fix: correct the step's state; the schema, with a comment per field, is src/lib/charts/two-track-timeline/state.ts.]
		`);
	});

	test('layoutStep(chart, state, frame, where) names the step and the chart file when the state names missing data', () => {
		const state = { from: 1961, to: 1972, highlight: ['pueblo-seizure'] };
		expect(() => layoutStep(chart, state, 'wide', STEP)).toThrowErrorMatchingInlineSnapshot(`
			[Error: content/articles/demo/02-pattern.mdx, step "pueblo-seized": chart content/articles/demo/charts/pattern.json (two-track-timeline) cannot show this state: highlight names "pueblo-seizure", which is neither an event id nor a period code; use one of: confrontation, detente, mixed, pueblo.
			Fix: change the step's state so it names only what content/articles/demo/charts/pattern.json contains.]
		`);
	});
});
