import { beforeAll, describe, expect, test } from 'vitest';
import { barPanels } from '../../src/lib/charts/bar-panels';
import type { Frame } from '../../src/lib/charts/chart-type';
import type { Scene } from '../../src/lib/charts/scene';
import { scorecard } from '../../src/lib/charts/scorecard';
import { seaMap } from '../../src/lib/charts/sea-map';
import { twoTrackTimeline } from '../../src/lib/charts/two-track-timeline';
import { expectLabelsFit, expectStableAcrossStates } from '../unit/charts/frame-checks';
import { chartData } from '../unit/charts/read-chart';
import { EVERY_VIEW } from '../unit/charts/bar-panels/states';
import { COLD_LOAD_MS, warmSeaMap } from '../unit/warm-caches';
import { ESSAY_SLUG } from './essay';

// The essay's steps, chart by chart, and a few states around them: with the essay's full data
// every label fits both frames and every mark keeps its key from step to step. The engine's own
// tests check the same rules on the kitchen sink; these check the essay's data meets them.

interface EssayChart {
	readonly layout: (state: unknown, frame: Frame) => Scene;
	readonly states: readonly unknown[];
	/** Which layer keeps the same marks in every state (all layers when not given). */
	readonly stableLayer?: 'data';
}

const pattern = twoTrackTimeline.data.parse(chartData(ESSAY_SLUG, 'pattern'));
const pueblo = seaMap.data.parse(chartData(ESSAY_SLUG, 'pueblo'));
const lifeline = barPanels.data.parse(chartData(ESSAY_SLUG, 'lifeline'));
const predictions = scorecard.data.parse(chartData(ESSAY_SLUG, 'scorecard'));

const charts: Readonly<Record<string, EssayChart>> = {
	pattern: {
		layout: (state, frame) =>
			twoTrackTimeline.layout(pattern, twoTrackTimeline.state.parse(state), frame),
		stableLayer: 'data',
		states: [
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
		],
	},
	pueblo: {
		layout: (state, frame) => seaMap.layout(pueblo, seaMap.state.parse(state), frame),
		states: [
			{ day: '1968-01-21', focus: ['sasebo'] },
			{ day: '1968-01-23', zoom: 'wonsan', focus: ['wonsan', 'us-claim', 'dprk-claim'] },
			{ day: '1968-01-27' },
			{ day: '1968-02-03', focus: ['enterprise', 'wonsan'] },
			{ day: '1968-10-23', focus: ['panmunjom'] },
			{ day: '1968-12-23', focus: ['panmunjom'] },
			...pueblo.days.map((d) => ({ day: d.date })),
			{ day: '1968-01-01' },
			{ day: '1968-12-31', zoom: 'wonsan' },
		],
	},
	lifeline: {
		layout: (state, frame) => barPanels.layout(lifeline, barPanels.state.parse(state), frame),
		states: EVERY_VIEW,
	},
	scorecard: {
		layout: (state, frame) => scorecard.layout(predictions, scorecard.state.parse(state), frame),
		states: [
			{ revealed: 0 },
			...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ focus: `P${n}`, revealed: n })),
			{ revealed: 7 },
		],
	},
};

beforeAll(() => warmSeaMap(pueblo), COLD_LOAD_MS);

// Each test lays out every step of a chart (two dozen for the map): more than 5 s on a busy host.
const MANY_LAYOUTS_MS = 30_000;

describe.each(Object.entries(charts))("the essay's %s chart", (_name, chart) => {
	test(
		'lays out every step in the compact frame with every label inside and none overlapping',
		() => {
			for (const state of chart.states) expectLabelsFit(chart.layout(state, 'compact'), 'compact');
		},
		MANY_LAYOUTS_MS,
	);

	test(
		'keeps the same marks, keys and kinds in every step of each frame',
		() => {
			for (const frame of ['wide', 'compact'] as const)
				expectStableAcrossStates(
					chart.states.map((state) => chart.layout(state, frame)),
					chart.stableLayer,
				);
		},
		MANY_LAYOUTS_MS,
	);

	test(
		'describes every step in one sentence',
		() => {
			for (const state of chart.states) {
				const { description } = chart.layout(state, 'wide');
				expect(description).toMatch(/\.$/);
				expect(description.slice(0, -1)).not.toMatch(/[.!?]\s/);
			}
		},
		MANY_LAYOUTS_MS,
	);
});
