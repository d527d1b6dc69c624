import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { FRAMES, type Frame } from '../../src/lib/charts/chart-type';
import { layoutStep, loadChart } from '../../src/lib/charts/load-chart';
import { renderSvg } from '../../src/lib/charts/render-svg';
import { chartStates } from './chart-states';
import { compareGolden, GOLDEN_OUTPUT } from './compare-golden';

const ARTICLES = new URL('../../content/articles/', import.meta.url).pathname;

/** Every chart file, as `<article>/<chart>`. */
const chartFiles = readdirSync(ARTICLES, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.flatMap((article) => {
		const dir = `${ARTICLES}${article.name}/charts`;
		const files = readdirSync(`${ARTICLES}${article.name}`).includes('charts')
			? readdirSync(dir)
			: [];
		return files
			.filter((file) => file.endsWith('.json'))
			.map((file) => `${article.name}/${file.slice(0, -5)}`);
	})
	.sort();

/** `<article>--<chart>--<case>.svg` for the wide frame, `…--<case>--compact.svg` for the compact one. */
const goldenName = (chart: string, name: string, frame: Frame) =>
	`${chart.replace('/', '--')}--${name}${frame === 'wide' ? '' : `--${frame}`}.svg`;

describe.each(chartFiles)('%s', (chart) => {
	const file = `content/articles/${chart.replace('/', '/charts/')}.json`;
	const cases = Object.entries(chartStates[chart] ?? {}).flatMap(([name, state]) =>
		FRAMES.map((frame) => [name, frame, state] as const),
	);

	test('has golden cases in tests/golden/chart-states.ts', () => {
		expect(
			cases.length,
			`add states for '${chart}' to tests/golden/chart-states.ts`,
		).toBeGreaterThan(0);
	});

	test.each(cases)(
		'renderSvg(layout(data, state, frame)) for %s, %s frame, matches its golden file',
		(name, frame, state) => {
			const loaded = loadChart(JSON.parse(readFileSync(`${ARTICLES}../../${file}`, 'utf8')), file);
			const scene = layoutStep(loaded, state, frame, {
				file: 'tests/golden/chart-states.ts',
				step: name,
			});
			compareGolden(
				goldenName(chart, name, frame),
				`${renderSvg(scene, { id: chart.slice(chart.indexOf('/') + 1) })}\n`,
			);
		},
	);
});

test('every chart golden file belongs to a case in tests/golden/chart-states.ts', () => {
	const expected = new Set(
		Object.entries(chartStates).flatMap(([chart, cases]) =>
			Object.keys(cases).flatMap((name) => FRAMES.map((frame) => goldenName(chart, name, frame))),
		),
	);
	const orphans = readdirSync(GOLDEN_OUTPUT).filter(
		(file) =>
			/^[a-z0-9-]+--[a-z0-9-]+--[a-z0-9-]+\.svg$/.test(file) &&
			!file.endsWith('-changed.svg') &&
			!expected.has(file),
	);
	expect(orphans, 'delete golden files whose case is gone').toEqual([]);
});

test('every case in tests/golden/chart-states.ts has a chart file', () => {
	expect(Object.keys(chartStates).filter((chart) => !chartFiles.includes(chart))).toEqual([]);
});
