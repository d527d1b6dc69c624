import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { defineChartType } from '../../../src/lib/charts/define-chart-type';
import type { Scene } from '../../../src/lib/charts/scene';

/** A chart type whose data schema counts how often it runs. */
function countingChart() {
	let dataParses = 0;
	const Data = z.array(z.number()).transform((values) => {
		dataParses += 1;
		return values;
	});
	const chart = defineChartType({
		data: Data,
		state: z.strictObject({ upTo: z.number().int() }),
		layout: (values, state, frame): Scene => ({
			width: frame === 'wide' ? 640 : 400,
			height: frame === 'wide' ? 400 : 250,
			plot: { x: 0, y: 0, width: 1, height: 1 },
			title: `${values.slice(0, state.upTo).length} values`,
			description: '',
			marks: [],
		}),
		table: (values) => ({
			caption: 'Values',
			columns: ['value'],
			rows: values.map(String).map((v) => [v]),
		}),
	});
	return { chart, parses: () => dataParses };
}

describe('defineChartType', () => {
	test('load(data) parses the data once, however many steps and frames are laid out', () => {
		const { chart, parses } = countingChart();
		const loaded = chart.load([1, 2, 3]);
		if (!loaded.success) throw loaded.error;
		for (const upTo of [1, 2, 3]) {
			const step = loaded.data.step({ upTo });
			if (!step.success) throw step.error;
			expect(step.data('wide').title).toBe(`${upTo} values`);
			expect(step.data('compact').width).toBe(400);
		}
		expect(loaded.data.table().rows).toHaveLength(3);
		expect(parses()).toBe(1);
	});

	test('load(data) and step(state) return the schema’s issues instead of throwing', () => {
		const { chart } = countingChart();
		expect(chart.load(['x']).success).toBe(false);
		const loaded = chart.load([]);
		expect(loaded.success && loaded.data.step({ upTo: 1.5 }).success).toBe(false);
	});
});
