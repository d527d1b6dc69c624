/** Stops watching; observers are released. */
export type StopWatching = () => void;

/**
 * Calls `onChange` whenever the top of one of `steps` crosses the trigger line (`trigger`, a
 * fraction of the viewport height from the top) in either direction. One IntersectionObserver
 * whose box ends at that line: a step enters it exactly when its top passes the line. Which step
 * is current is left to the caller, which reads the geometry itself.
 *
 * (scrollama reports a step when its middle crosses the line, and adds a document scroll
 * listener it never removes, so it cannot serve "the last step whose top has passed the line"
 * nor be torn down with its element.)
 */
export function watchSteps(
	steps: readonly Element[],
	trigger: number,
	onChange: () => void,
): StopWatching {
	const observer = new IntersectionObserver(onChange, {
		rootMargin: `0px 0px -${Math.round((1 - trigger) * 100)}% 0px`,
		threshold: 0,
	});
	for (const step of steps) observer.observe(step);
	return () => observer.disconnect();
}
