import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { FRAMES } from '../../src/lib/charts/chart-type';
import { layoutStep, loadChart } from '../../src/lib/charts/load-chart';
import { chartFilesOf, type ChartFileOnDisk } from './golden-charts';
import { labelClashes } from './label-boxes';
import { COLD_LOAD_MS } from '../unit/warm-caches';

/** One `<Step>` of an article as its MDX writes it: its scrolly's chart, its id and state. */
export interface AuthoredStepOnDisk {
	readonly chart: ChartFileOnDisk;
	readonly id: string;
	readonly state: unknown;
}

/**
 * Every step of article `slug`, read from its MDX: `<Scrolly chart="name">` then each
 * `<Step id="…" state={{ … }}>` up to `</Scrolly>`. States are object literals, evaluated.
 */
export function authoredSteps(slug: string): AuthoredStepOnDisk[] {
	const dir = new URL(`../../content/articles/${slug}/`, import.meta.url);
	const charts = chartFilesOf(slug);
	return readdirSync(dir)
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.flatMap((file) => {
			const text = readFileSync(new URL(file, dir), 'utf8');
			return [...text.matchAll(/<Scrolly chart="([^"]+)"[^>]*>([\s\S]*?)<\/Scrolly>/g)].flatMap(
				([, name, body]) => {
					const chart = charts.find((c) => c.name === name);
					if (!chart) throw new Error(`${file}: no chart file for <Scrolly chart="${name}">`);
					return [...(body ?? '').matchAll(/<Step id="([^"]+)" state=\{(\{.*?\})\}/g)].map(
						([, id, state]) => ({
							chart,
							id: id ?? '',
							state: new Function(`return (${state ?? '{}'});`)() as unknown,
						}),
					);
				},
			);
		});
}

/** Checks every step article `slug` writes, in both frames, for labels that clash. */
export function everyStepTests(slug: string): void {
	const steps = authoredSteps(slug).flatMap((step) => FRAMES.map((frame) => ({ ...step, frame })));
	test(`${slug} has steps to check`, () => expect(steps.length).toBeGreaterThan(0));
	test.each(steps.map((step) => [step.id, step.frame, step] as const))(
		'in step %s, %s frame, no label overlaps another label or a leader line',
		(id, frame, step) => {
			const scene = layoutStep(loadChart(step.chart.json, step.chart.file), step.state, frame, {
				file: step.chart.file,
				step: id,
			});
			expect(labelClashes(scene, frame)).toEqual([]);
		},
		// The first layout of a map clips the atlas for its framing: time for a cold start.
		COLD_LOAD_MS,
	);
}
