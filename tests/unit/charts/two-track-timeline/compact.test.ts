import { describe, expect, test } from 'vitest';
import type { Scene, TextMark } from '../../../../src/lib/charts/scene';
import { twoTrackTimeline } from '../../../../src/lib/charts/two-track-timeline';
import { expectLabelsFit, expectStableAcrossStates } from '../frame-checks';
import { chartData } from '../read-chart';
import { data as fixture, state } from './fixture';

const pattern = twoTrackTimeline.data.parse(chartData('putin-and-the-hermit-kingdom', 'pattern'));
const sink = twoTrackTimeline.data.parse(chartData('kitchen-sink', 'timeline'));

/** The essay's steps, and the kitchen sink's. */
const PATTERN_STATES = [
	{ from: 1961, to: 2026 },
	{ from: 1961, to: 2026, highlight: ['confrontation'] },
	{ from: 1961, to: 1972, highlight: ['pueblo-seizure'] },
	{
		from: 2012,
		to: 2026,
		highlight: [
			'sanctions-veto-2022',
			'vostochny-summit',
			'panel-veto-2024',
			'partnership-treaty-2024',
			'troops-to-russia',
		],
	},
	{ from: 1961, to: 2026, showFit: true },
	{ from: 1980, to: 2008, highlight: ['kim-in-moscow', 'npt-accession'], showFit: true },
	{ from: 1980, to: 2008, highlight: ['trade-peak', 'seoul-recognition'], showFit: true },
	{ from: 1980, to: 2008, highlight: ['detente'], showFit: true },
	{
		from: 1980,
		to: 2008,
		highlight: [
			'treaty-lapse',
			'friendship-treaty-2000',
			'putin-in-pyongyang-2000',
			'moscow-declaration',
		],
		showFit: true,
	},
	{ from: 1980, to: 2008, highlight: ['six-party-talks'], showFit: true },
].map(state);
const SINK_STATES = [
	{ from: 1960, to: 2020 },
	{ from: 1960, to: 1975, highlight: ['pueblo-seizure'] },
	{ from: 1978, to: 1992, highlight: ['kim-in-moscow', 'seoul-recognition'] },
	{ from: 1960, to: 2020, showFit: true },
].map(state);

const compact = (data: typeof pattern, s: ReturnType<typeof state>): Scene =>
	twoTrackTimeline.layout(data, s, 'compact');
const text = (scene: Scene, key: string) =>
	scene.marks.find((m): m is TextMark => m.kind === 'text' && m.key === key);

describe('layoutTwoTrackTimeline, compact frame', () => {
	test('lays out 400×250 with every label inside the frame and none overlapping, in every step', () => {
		for (const s of PATTERN_STATES) expectLabelsFit(compact(pattern, s), 'compact');
		for (const s of SINK_STATES) expectLabelsFit(compact(sink, s), 'compact');
	});

	test('keeps the same data marks, keys and kinds in every state of the frame', () => {
		expectStableAcrossStates(
			PATTERN_STATES.map((s) => compact(pattern, s)),
			'data',
		);
		expectStableAcrossStates(
			SINK_STATES.map((s) => compact(sink, s)),
			'data',
		);
	});

	test('shows fewer year ticks than the wide frame, within the years in view', () => {
		const years = (scene: Scene) =>
			scene.marks.filter((m) => m.kind === 'text' && m.className === 'rd-axis-label').length;
		const s = state({ from: 1961, to: 2026 });
		expect(years(compact(pattern, s))).toBeLessThan(
			years(twoTrackTimeline.layout(pattern, s, 'wide')),
		);
	});

	test('shortens a period label to its first part when only that fits, and hides it when nothing does', () => {
		const scene = compact(pattern, state({ from: 1961, to: 2026 }));
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
