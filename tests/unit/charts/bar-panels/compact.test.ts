import { describe, expect, test } from 'vitest';
import { barPanels } from '../../../../src/lib/charts/bar-panels';
import type { Scene } from '../../../../src/lib/charts/scene';
import { expectLabelsFit, expectStableAcrossStates } from '../frame-checks';
import { chartData } from '../read-chart';
import { EVERY_VIEW, type BarPanelsInput } from './states';

const sink = barPanels.data.parse(chartData('kitchen-sink', 'bars'));
const compact = (data: typeof sink, input: BarPanelsInput): Scene =>
	barPanels.layout(data, barPanels.state.parse(input), 'compact');
const text = (scene: Scene, key: string) => {
	const m = scene.marks.find((mark) => mark.key === key);
	return m?.kind === 'text' ? m : undefined;
};

describe('layoutBarPanels, compact frame', () => {
	test('lays out 400×250 with every label inside the frame and none overlapping, in every step', () => {
		for (const input of EVERY_VIEW) expectLabelsFit(compact(sink, input), 'compact');
	});

	test('keeps the same keys in every state of the frame', () => {
		expectStableAcrossStates(EVERY_VIEW.map((input) => compact(sink, input)));
	});

	test('side by side, numbers only the highlighted bars, with short years', () => {
		const both = compact(sink, { view: 'both', highlight: [2013] });
		expect(text(both, 'bar-russia-2013-value')).toMatchObject({ text: '112.7', opacity: 1 });
		expect(text(both, 'bar-russia-2014-value')?.opacity).toBe(0);
		expect(text(both, 'bar-russia-2013-year')?.text).toBe('’13');
		expect(text(both, 'gap-russia-2016-year')?.text).toBe('’16–17');
		const alone = compact(sink, { view: 'trade-russia' });
		expect(text(alone, 'bar-russia-2014-value')).toMatchObject({ text: '92.3', opacity: 1 });
		expect(text(alone, 'bar-russia-2014-year')?.text).toBe('2014');
	});

	test('writes gaps as n/a, with fewer value ticks than the wide frame', () => {
		const scene = compact(sink, { view: 'trade-russia' });
		expect(text(scene, 'gap-russia-2021-line-1')?.text).toBe('n/a');
		expect(scene.marks.some((m) => m.key === 'gap-russia-2021-line-2')).toBe(false);
		const ticks = (s: Scene) =>
			s.marks.filter((m) => m.key.startsWith('panel-russia-tick-')).length;
		const wide = barPanels.layout(sink, barPanels.state.parse({ view: 'trade-russia' }), 'wide');
		expect(ticks(scene)).toBeLessThan(ticks(wide));
	});

	test('wraps the market value and shortens the line under the chart to fit', () => {
		const scene = compact(sink, { view: 'debt', highlight: ['written-off', 'remaining'] });
		expect(text(scene, 'debt-market-value-note-2')?.text).toBe('per dollar.');
		expect(text(scene, 'debt-remaining-terms')?.text).toBe('over 20 years');
		expect(text(scene, 'source-line')?.text).toBe(
			'Sources for the highlighted figures are in the table.',
		);
	});
});
