import { describe, expect, it } from 'vitest';
import { StepTrack, TRIGGER, activeStepIndex } from '../../../src/lib/scrolly/step-track';
import type { Viewport } from '../../../src/lib/scrolly/viewport';

/** Four steps 500 px tall, the first starting 1,000 px down the page. */
const boxes = [0, 1, 2, 3].map((i) => ({ top: 1000 + i * 500, bottom: 1500 + i * 500 }));
/** A viewport 800 px tall whose trigger line is `line` px down the page. */
const at = (line: number, height = 800): Viewport => ({ top: line - height * TRIGGER, height });

describe('activeStepIndex', () => {
	it('activeStepIndex(boxes, viewport) is -1 before the first top reaches the line', () => {
		expect(activeStepIndex(boxes, at(999))).toBe(-1);
	});

	it('activeStepIndex(boxes, viewport) is the last step whose top has passed the line', () => {
		expect(activeStepIndex(boxes, at(1000))).toBe(0);
		expect(activeStepIndex(boxes, at(1499))).toBe(0);
		expect(activeStepIndex(boxes, at(2100))).toBe(2);
		expect(activeStepIndex(boxes, at(9000))).toBe(3);
	});

	it('activeStepIndex reads the line from the viewport it is given, not the window', () => {
		// The same scroll position seen through a taller box (an embed's host relays its own).
		expect(activeStepIndex(boxes, { top: 700, height: 400 })).toBe(-1);
		expect(activeStepIndex(boxes, { top: 700, height: 1000 })).toBe(0);
	});
});

describe('StepTrack', () => {
	/** A fake viewport source: the step track only ever sees what it is handed. */
	const track = (scrolled = 0) => {
		const steps = new StepTrack();
		steps.measure(
			boxes.map(({ top, bottom }) => ({ top: top - scrolled, bottom: bottom - scrolled })),
			scrolled,
		);
		return steps;
	};

	it('measure(boxes, scrolled) keeps boxes in page coordinates', () => {
		expect(track(700).locate(at(1600)).index).toBe(track(0).locate(at(1600)).index);
	});

	it('locate(viewport) finds the current step and whether it is in view', () => {
		expect(track().locate(at(1600))).toMatchObject({ index: 1, onScreen: true });
		// The page scrolled far past the scrolly: its last step is current but out of view.
		expect(track().locate(at(6000))).toMatchObject({ index: 3, onScreen: false });
	});

	it('locate(viewport, chosen) keeps a linked or focused step while it is in view', () => {
		expect(track().locate(at(1600), 0).index).toBe(0);
		expect(track().locate(at(1600), 3).index).toBe(1);
		expect(track().locate(at(1600), -1).index).toBe(1);
	});

	it('locate reports the pace of the last step passed, in viewport heights a second', () => {
		const steps = track();
		for (const i of [0, 1, 2]) steps.crossed(i, false, 0);
		steps.crossed(1, true, 1000);
		steps.crossed(2, true, 1250);
		// 500 px in 250 ms with an 800 px viewport: 2.5 viewport heights a second.
		expect(steps.locate(at(2100)).pace).toBeCloseTo(2.5);
	});

	it('locate forgets the crossings, and a move with fewer than two has no known pace', () => {
		const steps = track();
		steps.crossed(1, false, 0);
		steps.crossed(1, true, 100);
		expect(steps.locate(at(1600)).pace).toBe(Infinity);
		steps.crossed(2, false, 0);
		steps.crossed(2, true, 400);
		expect(steps.locate(at(2100)).pace).toBe(Infinity);
	});

	it('crossed() counts only changes: the first report of each step sets where it starts', () => {
		const steps = track();
		steps.crossed(1, true, 100);
		steps.crossed(2, true, 100);
		expect(steps.locate(at(2100)).pace).toBe(Infinity);
	});
});

describe('StepTrack.shifted', () => {
	/** The steps' span, first top to last bottom, as seen `scrolled` px down the page. */
	const span = (top: number, bottom: number) => ({ top, bottom });

	it('is false while the steps are where they were measured, from any scroll position', () => {
		const track = new StepTrack();
		track.measure(boxes, 0);
		expect(track.shifted(span(1000, 3000), 0)).toBe(false);
		expect(track.shifted(span(400, 2400), 600)).toBe(false);
		expect(track.shifted(span(400.5, 2400.5), 600)).toBe(false);
	});

	it('is true once something above the steps changed size, and before any measure', () => {
		const track = new StepTrack();
		expect(track.shifted(span(1000, 3000), 0)).toBe(true);
		track.measure(boxes, 0);
		expect(track.shifted(span(1240, 3240), 0)).toBe(true);
		expect(track.shifted(span(390, 2390), 600)).toBe(true);
	});

	it('is true once a step changed size, though the first step has not moved', () => {
		const track = new StepTrack();
		track.measure(boxes, 0);
		expect(track.shifted(span(1000, 3180), 0)).toBe(true);
	});
});
