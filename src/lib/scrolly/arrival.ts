import type { Cause } from './viewport';

/** Viewport heights a second from which the page passed steps too fast to read them. */
export const FAST = 4;

/** A change of step, as the chart sees it. */
export interface StepChange {
	readonly from: number;
	readonly to: number;
	/** A rest after scrolling, a jump (load, resize, link), or keyboard focus on a step. */
	readonly cause: Cause | 'focus';
	/** Whether the new step is in view: a chart no one sees need not move. */
	readonly onScreen: boolean;
	/** How fast the reader passed the step before the new one (see `StepTrack.locate`). */
	readonly pace: number;
	readonly reducedMotion: boolean;
}

/**
 * How the chart arrives at a new step: it animates between neighbouring steps (next to each
 * other, or with the steps between read at reading pace), and jumps otherwise: after a flick,
 * a jump, off screen, or with reduced motion.
 */
export function arrival(change: StepChange): 'animate' | 'jump' {
	const { from, to, cause, onScreen, pace, reducedMotion } = change;
	if (reducedMotion || !onScreen || cause === 'jump') return 'jump';
	if (cause === 'focus' || Math.abs(to - from) === 1) return 'animate';
	return pace < FAST ? 'animate' : 'jump';
}
