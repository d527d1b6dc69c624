import { describe, expect, test } from 'vitest';
import type { Mark, Scene } from '../../../../src/lib/charts/scene';
import { layoutTwoTrackTimeline } from '../../../../src/lib/charts/two-track-timeline/layout';
import { data, state } from './fixture';

function mark(scene: Scene, key: string): Mark {
	const found = scene.marks.find((m) => m.key === key);
	if (!found) throw new Error(`no mark ${key}`);
	return found;
}
const dataKeys = (scene: Scene) =>
	scene.marks.filter((m) => m.layer === 'data').map((m) => `${m.kind}:${m.key}`);

const states = [
	state({ from: 1961, to: 2026 }),
	state({ from: 1961, to: 1972, highlight: ['pueblo'] }),
	state({ from: 1980, to: 1995, highlight: ['detente', 'kim', 'seoul'], showFit: true }),
];

describe('layoutTwoTrackTimeline, wide frame', () => {
	test('layoutTwoTrackTimeline(data, state, frame) maps from (1 January) to to (31 December) onto the plot', () => {
		const scene = layoutTwoTrackTimeline(data, state({ from: 1969, to: 1979 }), 'wide');
		expect(scene).toMatchObject({ width: 640, height: 400 });
		expect(mark(scene, 'period-1969')).toMatchObject({ kind: 'rect', x: scene.plot.x });
		const detente = mark(scene, 'period-1969');
		expect(detente.kind === 'rect' && detente.x + detente.width).toBeCloseTo(
			scene.plot.x + scene.plot.width,
		);
	});

	test('layoutTwoTrackTimeline(data, state, frame) keeps the same data marks, keys and kinds in every state', () => {
		const [first, ...rest] = states.map((s) => layoutTwoTrackTimeline(data, s, 'wide'));
		for (const scene of rest) expect(dataKeys(scene)).toEqual(dataKeys(first as Scene));
	});

	test('layoutTwoTrackTimeline(data, state, frame) keeps out-of-view events in the scene, outside the plot', () => {
		const scene = layoutTwoTrackTimeline(data, state({ from: 1961, to: 1972 }), 'wide');
		const seoul = mark(scene, 'event-seoul');
		expect(seoul.kind === 'circle' && seoul.cx).toBeGreaterThan(scene.plot.x + scene.plot.width);
	});

	test('layoutTwoTrackTimeline(data, state, frame) places events at the middle of their date', () => {
		const scene = layoutTwoTrackTimeline(data, state({ from: 1984, to: 1984 + 1 }), 'wide');
		// Two years over 608 px; mid-May 1984 is 136.5 days into a 366-day year.
		const kim = mark(scene, 'event-kim');
		expect(kim.kind === 'circle' && kim.cx).toBeCloseTo(16 + (304 * 136.5) / 366);
	});

	test('layoutTwoTrackTimeline(data, state, frame) labels and keeps highlighted events, dimming the others', () => {
		const scene = layoutTwoTrackTimeline(
			data,
			state({ from: 1961, to: 1972, highlight: ['pueblo'] }),
			'wide',
		);
		expect(mark(scene, 'event-pueblo')).toMatchObject({
			className: 'rd-event rd-highlight',
			opacity: 1,
		});
		expect(mark(scene, 'event-pueblo-label')).toMatchObject({
			text: 'Pueblo seizure (1968)',
			opacity: 1,
		});
		expect(mark(scene, 'event-pueblo-leader')).toMatchObject({ opacity: 1 });
		expect(mark(scene, 'event-treaty')).toMatchObject({ className: 'rd-event', opacity: 0.25 });
		expect(mark(scene, 'event-treaty-label')).toMatchObject({ opacity: 0 });
		expect(mark(scene, 'period-1962')).toMatchObject({ opacity: 1 });
	});

	test('layoutTwoTrackTimeline(data, state, frame) with a period code highlights those periods and dims the rest', () => {
		const scene = layoutTwoTrackTimeline(
			data,
			state({ from: 1961, to: 2026, highlight: ['detente'] }),
			'wide',
		);
		expect(mark(scene, 'period-1969')).toMatchObject({
			className: 'rd-period rd-period--detente rd-highlight',
			opacity: 1,
		});
		expect(mark(scene, 'period-1962')).toMatchObject({
			className: 'rd-period rd-period--mixed',
			opacity: 0.25,
		});
		expect(mark(scene, 'event-pueblo')).toMatchObject({ opacity: 1 });
	});

	test('layoutTwoTrackTimeline(data, state, frame) packs highlighted labels into rows that do not overlap', () => {
		const close = { ...data, events: data.events.map((e) => ({ ...e, date: '1970' })) };
		const scene = layoutTwoTrackTimeline(
			close,
			state({ from: 1961, to: 2026, highlight: ['pueblo', 'kim', 'seoul'] }),
			'wide',
		);
		const ys = ['pueblo', 'kim', 'seoul'].map((id) => {
			const label = mark(scene, `event-${id}-label`);
			return label.kind === 'text' ? label.y : NaN;
		});
		expect(new Set(ys).size).toBe(3);
	});

	test('layoutTwoTrackTimeline(data, state, frame) colours events by fit only when showFit is set', () => {
		const plain = layoutTwoTrackTimeline(data, state({ from: 1961, to: 2026 }), 'wide');
		const coded = layoutTwoTrackTimeline(
			data,
			state({ from: 1961, to: 2026, showFit: true }),
			'wide',
		);
		expect(mark(plain, 'event-kim').className).toBe('rd-event');
		expect(mark(coded, 'event-kim').className).toBe('rd-event rd-event--mixed');
		expect(mark(plain, 'legend-fit-mixed')).toMatchObject({ opacity: 0 });
		expect(mark(coded, 'legend-fit-mixed')).toMatchObject({ opacity: 1 });
		expect(coded.marks.some((m) => m.key === 'legend-fit-breaks')).toBe(false);
	});

	test('layoutTwoTrackTimeline(data, state, frame) keys year ticks by year, within the years in view', () => {
		const ticks = (from: number, to: number) =>
			layoutTwoTrackTimeline(data, state({ from, to }), 'wide')
				.marks.filter((m) => m.kind === 'text' && m.className === 'rd-axis-label')
				.map((m) => m.key);
		expect(ticks(1961, 2026)).toEqual([
			'tick-1970',
			'tick-1980',
			'tick-1990',
			'tick-2000',
			'tick-2010',
			'tick-2020',
		]);
		expect(ticks(1961, 1972)).toEqual([
			'tick-1962',
			'tick-1964',
			'tick-1966',
			'tick-1968',
			'tick-1970',
			'tick-1972',
		]);
	});

	test('layoutTwoTrackTimeline(data, state, frame) draws each marker as a line across both tracks', () => {
		const scene = layoutTwoTrackTimeline(data, state({ from: 2014, to: 2015 }), 'wide');
		// Mid-February 2015 is 45 days into 2015, the second year of the view.
		const essay = mark(scene, 'marker-essay');
		expect(essay).toMatchObject({ kind: 'line', layer: 'data', y2: 348 });
		expect(essay.kind === 'line' && essay.x1).toBeCloseTo(16 + 304 * (1 + 45 / 365));
	});

	test('layoutTwoTrackTimeline(data, state, frame) describes the state in one sentence', () => {
		const scene = layoutTwoTrackTimeline(
			data,
			state({ from: 1961, to: 1972, highlight: ['pueblo', 'detente'], showFit: true }),
			'wide',
		);
		expect(scene.title).toBe('US–Soviet/Russian relations and Moscow–Pyongyang events, 1961–1972');
		expect(scene.description).toMatchInlineSnapshot(
			`"Top: US–Soviet/Russian relations, 1961–1972, coded as confrontation, détente or mixed; bottom: 2 Moscow–Pyongyang events; highlighted: Pueblo seizure (23 Jan 1968), détente periods; each event marked as fitting the pattern, breaking it, or mixed."`,
		);
	});

	test('layoutTwoTrackTimeline(data, state, frame) throws on a highlight that is neither an event nor a period code', () => {
		expect(() =>
			layoutTwoTrackTimeline(
				data,
				state({ from: 1961, to: 1972, highlight: ['pueblo', 'puebl'] }),
				'wide',
			),
		).toThrowErrorMatchingInlineSnapshot(
			`[Error: highlight names "puebl", which is neither an event id nor a period code; use one of: confrontation, detente, mixed, seoul, treaty, pueblo, kim]`,
		);
	});
});
