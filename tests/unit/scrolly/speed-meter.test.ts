import { describe, expect, it } from 'vitest';
import { SpeedMeter } from '../../../src/lib/scrolly/speed-meter';

const FRAME = 1000 / 60;

describe('SpeedMeter', () => {
	it('measures a steady scroll as distance over the time between samples', () => {
		const meter = new SpeedMeter(0, 0);
		meter.scrolled(FRAME);
		expect(meter.sample(10, FRAME)).toBeCloseTo(600);
		meter.scrolled(2 * FRAME);
		expect(meter.sample(20, 2 * FRAME)).toBeCloseTo(600);
	});

	it('times a scroll that starts after a pause from one frame before its first event', () => {
		// Still for five seconds, then a 2,000 px jump (the End key) in one frame: 120,000 px/s,
		// not 2,000 px spread over the whole pause (400 px/s, reading pace).
		const meter = new SpeedMeter(0, 0);
		meter.scrolled(5000);
		expect(meter.sample(2000, 5000)).toBeCloseTo(120_000);
		// A slow scroll after a pause still reads as slow.
		meter.scrolled(9000);
		expect(meter.sample(2004, 9000)).toBeCloseTo(240);
	});

	it('leaves samples alone while the page keeps scrolling', () => {
		// Frames 50 ms apart (a busy phone): the gap is a frame, not a pause.
		const meter = new SpeedMeter(0, 0);
		meter.scrolled(50);
		expect(meter.sample(100, 50)).toBeCloseTo(2000);
		meter.scrolled(100);
		expect(meter.sample(200, 100)).toBeCloseTo(2000);
	});
});
