/** Stops watching; observers are released. */
export type StopWatching = () => void;

/**
 * Reports the current step, the last of `steps` whose top has passed the trigger line
 * (`trigger`, a fraction of the viewport height from the top; -1 before the first), whenever a
 * step's top crosses that line. One IntersectionObserver whose box ends at the line; positions
 * come from its entries, so scrolling never forces a layout.
 *
 * (scrollama reports a step when its middle crosses the line, and adds a document scroll
 * listener it never removes, so it cannot serve "the last step whose top has passed the line"
 * nor be torn down with its element.)
 */
export function watchSteps(
	steps: readonly Element[],
	trigger: number,
	onChange: (index: number) => void,
): StopWatching {
	const passed = steps.map(() => false);
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				const line = entry.rootBounds?.bottom ?? innerHeight * trigger;
				passed[steps.indexOf(entry.target)] = entry.boundingClientRect.top <= line;
			}
			onChange(passed.lastIndexOf(true));
		},
		{ rootMargin: `0px 0px -${Math.round((1 - trigger) * 100)}% 0px`, threshold: 0 },
	);
	for (const step of steps) observer.observe(step);
	return () => observer.disconnect();
}
