import { describe, expect, test } from 'vitest';
import { chartTypes } from '../../src/lib/charts/registry';
import { chartStates } from './chart-states';
import { chartFilesOf, expectedGoldens, goldenTests, orphanGoldens } from './golden-charts';

const OUTPUT = new URL('./output/', import.meta.url).pathname;
const CASES_FILE = 'tests/golden/chart-states.ts';
const sink = chartFilesOf('kitchen-sink');

describe.each(Object.keys(chartTypes).sort())('%s', (type) => {
	const chart = sink.find((file) => file.type === type);

	test('has a chart in the kitchen sink', () => {
		expect(
			chart,
			`add a chart of type '${type}' to content/articles/kitchen-sink/charts/`,
		).toBeDefined();
	});

	if (chart) goldenTests(chart, type, chartStates[type] ?? {}, OUTPUT, CASES_FILE);
});

test('the kitchen sink has one chart of each type', () => {
	expect(sink.map((chart) => chart.type).sort()).toEqual(Object.keys(chartTypes).sort());
});

test(`every golden file belongs to a case in ${CASES_FILE}`, () => {
	expect(
		orphanGoldens(OUTPUT, expectedGoldens(chartStates)),
		'delete golden files whose case is gone',
	).toEqual([]);
});

test(`every chart type in ${CASES_FILE} is registered`, () => {
	expect(Object.keys(chartStates).filter((type) => !(type in chartTypes))).toEqual([]);
});
