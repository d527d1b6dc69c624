import { describe, expect, it } from 'vitest';
import { FAST, arrival, type StepChange } from '../../../src/lib/scrolly/arrival';

const change = (overrides: Partial<StepChange>): StepChange => ({
	from: 0,
	to: 1,
	cause: 'rest',
	onScreen: true,
	pace: 1,
	reducedMotion: false,
	...overrides,
});

describe('arrival', () => {
	it('arrival(next step at rest) animates, up or down, at any pace', () => {
		expect(arrival(change({ from: 0, to: 1, pace: Infinity }))).toBe('animate');
		expect(arrival(change({ from: 2, to: 1, pace: Infinity }))).toBe('animate');
		expect(arrival(change({ from: -1, to: 0 }))).toBe('animate');
	});

	it('arrival(steps apart) animates when the steps between were passed at reading pace', () => {
		expect(arrival(change({ from: 0, to: 2, pace: FAST / 2 }))).toBe('animate');
	});

	it('arrival(steps apart) jumps after a flick, or when the pace is unknown', () => {
		expect(arrival(change({ from: 0, to: 2, pace: FAST }))).toBe('jump');
		expect(arrival(change({ from: 0, to: 3, pace: Infinity }))).toBe('jump');
	});

	it('arrival(a jump: load, resize or link) jumps, even to the next step', () => {
		expect(arrival(change({ cause: 'jump' }))).toBe('jump');
	});

	it('arrival(keyboard focus) animates, even several steps on', () => {
		expect(arrival(change({ cause: 'focus', from: 0, to: 3, pace: Infinity }))).toBe('animate');
	});

	it('arrival(off screen or with reduced motion) jumps', () => {
		expect(arrival(change({ onScreen: false }))).toBe('jump');
		expect(arrival(change({ reducedMotion: true }))).toBe('jump');
		expect(arrival(change({ cause: 'focus', reducedMotion: true }))).toBe('jump');
	});
});
