/** Where a step becomes current: this fraction of the viewport height from the top. */
export const TRIGGER = 0.6;

/**
 * The index of the current step: the last whose top has passed the trigger line, given each
 * step's top relative to the viewport, in document order. -1 while none has been reached.
 */
export function activeStepIndex(tops: readonly number[], viewportHeight: number): number {
	const line = viewportHeight * TRIGGER;
	let index = -1;
	tops.forEach((top, i) => {
		if (top <= line) index = i;
	});
	return index;
}
