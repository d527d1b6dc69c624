import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { FRAMES, type Frame } from '../../src/lib/charts/chart-type';
import { layoutStep, loadChart } from '../../src/lib/charts/load-chart';
import { renderSvg } from '../../src/lib/charts/render-svg';
import { COLD_LOAD_MS } from '../unit/warm-caches';
import { compareGolden } from './compare-golden';
import { labelClashes } from './label-boxes';

const ROOT = new URL('../../', import.meta.url).pathname;

/** States to render, by case name. */
export type Cases = Readonly<Record<string, unknown>>;

/** A chart file from the project root, its type and its parsed JSON. */
export interface ChartFileOnDisk {
	readonly file: string;
	readonly name: string;
	readonly type: string;
	readonly json: unknown;
}

/** Every chart file of an article, `content/articles/<slug>/charts/*.json`, by file name. */
export function chartFilesOf(slug: string): ChartFileOnDisk[] {
	const dir = `content/articles/${slug}/charts`;
	return readdirSync(`${ROOT}${dir}`)
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			const json: unknown = JSON.parse(readFileSync(`${ROOT}${dir}/${file}`, 'utf8'));
			const type = (json as { type?: unknown }).type;
			return {
				file: `${dir}/${file}`,
				name: file.slice(0, -5),
				type: typeof type === 'string' ? type : '',
				json,
			};
		});
}

/** `<prefix>--<case>.svg` for the wide frame, `…--<case>--compact.svg` for the compact one. */
export const goldenName = (prefix: string, name: string, frame: Frame): string =>
	`${prefix}--${name}${frame === 'wide' ? '' : `--${frame}`}.svg`;

/**
 * One test per case and frame: renderSvg(layout(data, state, frame)) matches
 * `<dir>/<prefix>--<case>[--compact].svg`. `casesFile` is named in error messages.
 */
export function goldenTests(
	chart: ChartFileOnDisk,
	prefix: string,
	cases: Cases,
	dir: string,
	casesFile: string,
): void {
	const all = Object.entries(cases).flatMap(([name, state]) =>
		FRAMES.map((frame) => [name, frame, state] as const),
	);
	// The first layout of a chart can fill caches (the map clips the atlas per framing): do it
	// before the cases, with time for a cold start on a busy machine.
	beforeAll(() => {
		const loaded = loadChart(chart.json, chart.file);
		for (const [name, frame, state] of all.slice(0, FRAMES.length))
			layoutStep(loaded, state, frame, { file: casesFile, step: name });
	}, COLD_LOAD_MS);

	test(`has golden cases in ${casesFile}`, () => {
		expect(all.length, `add states for '${prefix}' to ${casesFile}`).toBeGreaterThan(0);
	});
	test.each(all)(
		'renderSvg(layout(data, state, frame)) for %s, %s frame, matches its golden file',
		(name, frame, state) => {
			const loaded = loadChart(chart.json, chart.file);
			const scene = layoutStep(loaded, state, frame, { file: casesFile, step: name });
			compareGolden(
				dir,
				goldenName(prefix, name, frame),
				`${renderSvg(scene, { id: chart.name })}\n`,
			);
		},
	);
	test.each(all)(
		'no label overlaps another label or a leader line in %s, %s frame',
		(name, frame, state) => {
			const loaded = loadChart(chart.json, chart.file);
			const scene = layoutStep(loaded, state, frame, { file: casesFile, step: name });
			expect(labelClashes(scene, frame)).toEqual([]);
		},
	);
}

/** Golden files in `dir` that belong to no case: `expected` lists the file names that do. */
export function orphanGoldens(dir: string, expected: ReadonlySet<string>): string[] {
	return readdirSync(dir).filter(
		(file) => file.endsWith('.svg') && !file.endsWith('-changed.svg') && !expected.has(file),
	);
}

/** Every golden file name the cases give, for `orphanGoldens`. */
export function expectedGoldens(casesByPrefix: Readonly<Record<string, Cases>>): Set<string> {
	return new Set(
		Object.entries(casesByPrefix).flatMap(([prefix, cases]) =>
			Object.keys(cases).flatMap((name) => FRAMES.map((frame) => goldenName(prefix, name, frame))),
		),
	);
}
