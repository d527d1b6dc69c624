import { describe, expect, test } from 'vitest';
import { scorecard } from '../../../../src/lib/charts/scorecard';
import type { Scene } from '../../../../src/lib/charts/scene';
import { expectLabelsFit, expectStableAcrossStates } from '../frame-checks';
import { chartData } from '../read-chart';

const sink = scorecard.data.parse(chartData('kitchen-sink', 'scorecard'));
const STATES = [
	{ revealed: 0 },
	...sink.predictions.map((p, i) => ({ focus: p.id, revealed: i + 1 })),
	{ revealed: sink.predictions.length },
];
const compact = (data: typeof sink, state: unknown): Scene =>
	scorecard.layout(data, scorecard.state.parse(state), 'compact');

describe('layoutScorecard, compact frame', () => {
	test('lays out 400×250 with every label inside the frame and none overlapping, in every step', () => {
		for (const state of STATES) expectLabelsFit(compact(sink, state), 'compact');
	});

	test('keeps the same keys in every state of the frame', () => {
		expectStableAcrossStates(STATES.map((state) => compact(sink, state)));
	});

	test('shows each prediction in a few words and its chip, and leaves out what happened', () => {
		const scene = compact(sink, { focus: 'P3', revealed: 3 });
		const keys = scene.marks.map((m) => m.key);
		expect(keys).toEqual(expect.arrayContaining(['row-P3-short', 'row-P3-chip', 'row-P3-verdict']));
		expect(keys.some((key) => key.endsWith('-evidence'))).toBe(false);
		expect(scene.marks.find((m) => m.key === 'row-P3-verdict')).toMatchObject({
			text: 'Overtaken',
		});
	});
});
