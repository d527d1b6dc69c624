import { describe, expect, test } from 'vitest';
import type { Scene, TextMark } from '../../../../src/lib/charts/scene';
import { twoTrackTimeline } from '../../../../src/lib/charts/two-track-timeline';
import { expectLabelsFit, expectStableAcrossStates } from '../frame-checks';
import { chartData } from '../read-chart';
import { data as fixture, state } from './fixture';

const sink = twoTrackTimeline.data.parse(chartData('kitchen-sink', 'timeline'));

/** The kitchen sink's steps, and the states of its golden cases. */
const SINK_STATES = [
	{ from: 1960, to: 2020 },
	{ from: 1960, to: 1975, highlight: ['pueblo-seizure'] },
	{ from: 1978, to: 1992, highlight: ['kim-in-moscow', 'seoul-recognition'] },
	{ from: 1960, to: 2020, showFit: true },
	{ from: 1961, to: 2026, highlight: ['confrontation'] },
	{ from: 1980, to: 2003, highlight: ['detente', 'kim-in-moscow', 'trade-peak'], showFit: true },
	{ from: 2010, to: 2026, highlight: ['confrontation'], showFit: true },
].map(state);

const compact = (data: typeof sink, s: ReturnType<typeof state>): Scene =>
	twoTrackTimeline.layout(data, s, 'compact');
const text = (scene: Scene, key: string) =>
	scene.marks.find((m): m is TextMark => m.kind === 'text' && m.key === key);

describe('layoutTwoTrackTimeline, compact frame', () => {
	test('lays out 400×250 with every label inside the frame and none overlapping, in every step', () => {
		for (const s of SINK_STATES) expectLabelsFit(compact(sink, s), 'compact');
	});

	test('keeps the same data marks, keys and kinds in every state of the frame', () => {
		expectStableAcrossStates(
			SINK_STATES.map((s) => compact(sink, s)),
			'data',
		);
	});

	test('shows fewer year ticks than the wide frame, within the years in view', () => {
		const years = (scene: Scene) =>
			scene.marks.filter((m) => m.kind === 'text' && m.className === 'rd-axis-label').length;
		const s = state({ from: 1961, to: 2026 });
		expect(years(compact(sink, s))).toBeLessThan(years(twoTrackTimeline.layout(sink, s, 'wide')));
	});

	test('shortens a period label to its first part when only that fits, and hides it when nothing does', () => {
		const scene = compact(sink, state({ from: 1961, to: 2026 }));
		expect(text(scene, 'period-2014-label')).toMatchObject({ text: 'Crimea', opacity: 1 });
		expect(text(scene, 'period-1962-label')).toMatchObject({ opacity: 0 });
	});

	test('hangs labels so that no leader line crosses another label', () => {
		const scene = compact(fixture, state({ from: 1980, to: 1992, highlight: ['kim', 'seoul'] }));
		const leaders = ['kim', 'seoul'].map((id) => {
			const m = scene.marks.find((mark) => mark.key === `event-${id}-leader`);
			return m?.kind === 'line' ? m : undefined;
		});
		const labels = ['kim', 'seoul'].map((id) => text(scene, `event-${id}-label`));
		expect(labels.every((l) => l?.opacity === 1)).toBe(true);
		// Each leader ends just above its own label.
		leaders.forEach((leader, i) => expect(leader?.y2).toBeCloseTo((labels[i]?.y ?? 0) - 11));
	});

	test('writes short fit labels in the legend', () => {
		const scene = compact(fixture, state({ from: 1961, to: 2026, showFit: true }));
		expect(text(scene, 'legend-fit-fits-label')).toMatchObject({ text: 'Fits', opacity: 1 });
	});
});
