/** Viewport heights per second above which scrolling counts as a flick or a jump. */
const FAST = 4;

/**
 * Follows the page's scroll speed so a scrolly can hold its chart still during a flick, a
 * keyboard jump (End, Page Down) or a smooth-scrolled link, and show only the step it lands on.
 * `onSettle` runs when such a scroll ends. Listeners are passive and removed with `signal`.
 */
export function trackScrollSpeed(
	signal: AbortSignal,
	onSettle: () => void,
): { isFast: () => boolean } {
	let lastY = scrollY;
	let lastT = performance.now();
	let fast = false;
	let settleTimer: ReturnType<typeof setTimeout> | undefined;
	// Always report the end: the last events of a flick are slow, so `fast` may already be off
	// while the update it held back is still owed.
	const settle = () => {
		fast = false;
		onSettle();
	};
	addEventListener(
		'scroll',
		() => {
			const now = performance.now();
			const speed = (Math.abs(scrollY - lastY) / Math.max(now - lastT, 1)) * 1000;
			fast = speed > innerHeight * FAST;
			lastY = scrollY;
			lastT = now;
			// Where `scrollend` is missing, a pause in scroll events ends the scroll.
			clearTimeout(settleTimer);
			settleTimer = setTimeout(settle, 150);
		},
		{ passive: true, signal },
	);
	addEventListener('scrollend', settle, { signal });
	signal.addEventListener('abort', () => clearTimeout(settleTimer));
	return { isFast: () => fast };
}
