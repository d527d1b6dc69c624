import { describe, expect, test } from 'vitest';
import {
	chartFilesOf,
	expectedGoldens,
	goldenTests,
	orphanGoldens,
} from '../../golden/golden-charts';
import { ESSAY_SLUG } from '../essay';
import { essayStates } from './essay-states';

const OUTPUT = new URL('./output/', import.meta.url).pathname;
const CASES_FILE = 'tests/content/golden/essay-states.ts';
const charts = chartFilesOf(ESSAY_SLUG);

describe.each(charts.map((chart) => [chart.name, chart] as const))('%s', (name, chart) => {
	goldenTests(chart, name, essayStates[name] ?? {}, OUTPUT, CASES_FILE);
});

test(`every golden file belongs to a case in ${CASES_FILE}`, () => {
	expect(
		orphanGoldens(OUTPUT, expectedGoldens(essayStates)),
		'delete golden files whose case is gone',
	).toEqual([]);
});

test(`every chart in ${CASES_FILE} has a chart file`, () => {
	const names = charts.map((chart) => chart.name);
	expect(Object.keys(essayStates).filter((name) => !names.includes(name))).toEqual([]);
});
