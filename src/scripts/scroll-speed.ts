/** Viewport heights per second above which scrolling counts as a flick or a jump. */
const FAST = 4;

const settleListeners = new Set<() => void>();
let fast = false;
let lastY = 0;
let lastT = 0;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
let stopListening: AbortController | undefined;

/**
 * Whether the page is being flicked or jumped (End, Page Down, a smooth-scrolled link). One
 * passive listener serves every scrolly on the page; `onSettle` runs when such a scroll ends.
 * Unsubscribe with `signal`; the page listener goes when the last subscriber does.
 */
export function trackScrollSpeed(
	signal: AbortSignal,
	onSettle: () => void,
): { isFast: () => boolean } {
	settleListeners.add(onSettle);
	if (!stopListening) listen();
	signal.addEventListener('abort', () => {
		settleListeners.delete(onSettle);
		if (settleListeners.size === 0) {
			stopListening?.abort();
			stopListening = undefined;
			clearTimeout(settleTimer);
		}
	});
	return { isFast: () => fast };
}

function listen(): void {
	stopListening = new AbortController();
	const { signal } = stopListening;
	lastY = scrollY;
	lastT = performance.now();
	addEventListener(
		'scroll',
		() => {
			const now = performance.now();
			const speed = (Math.abs(scrollY - lastY) / Math.max(now - lastT, 1)) * 1000;
			lastY = scrollY;
			lastT = now;
			if (speed <= innerHeight * FAST) return;
			fast = true;
			// Where `scrollend` is missing, a pause in scroll events ends the flick.
			clearTimeout(settleTimer);
			settleTimer = setTimeout(settle, 150);
		},
		{ passive: true, signal },
	);
	addEventListener('scrollend', settle, { signal });
}

// A flick's last events are slow, so the flag may already be off while an update is owed: the
// subscribers decide whether they owe one.
function settle(): void {
	if (!fast) return;
	fast = false;
	for (const listener of settleListeners) listener();
}
