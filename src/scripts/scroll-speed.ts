/** Viewport heights per second above which scrolling counts as a flick or a jump. */
const FAST = 4;

/** What a subscriber hears: a flick starting, and a flick settling. */
export interface FlickListener {
	readonly onFlick: () => void;
	readonly onSettle: () => void;
}

const listeners = new Set<FlickListener>();
let fast = false;
let lastY = 0;
let lastT = 0;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
let stopListening: AbortController | undefined;

/**
 * Whether the page is being flicked or jumped (End, Page Down, a smooth-scrolled link). One
 * passive listener serves every scrolly on the page; `onFlick` runs when such a scroll starts
 * and `onSettle` when it ends. Unsubscribe with `signal`; the page listener goes when the last
 * subscriber does.
 */
export function trackScrollSpeed(
	signal: AbortSignal,
	listener: FlickListener,
): { isFast: () => boolean } {
	listeners.add(listener);
	if (!stopListening) listen();
	signal.addEventListener('abort', () => {
		listeners.delete(listener);
		if (listeners.size === 0) {
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
	let queued = false;
	// The position is read in a frame callback queued by the scroll event, not in the event:
	// reading `scrollY` forces a layout when a chart transition has dirtied it, and in the event
	// that layout would run before the transition's next tick dirties it again, twice a frame.
	// Queued during the event, the callback runs last in the same frame, after every other write.
	const sample = () => {
		queued = false;
		if (signal.aborted) return;
		const now = performance.now();
		const y = scrollY;
		const speed = (Math.abs(y - lastY) / Math.max(now - lastT, 1)) * 1000;
		lastY = y;
		lastT = now;
		if (speed <= innerHeight * FAST) return;
		if (!fast) {
			fast = true;
			for (const { onFlick } of listeners) onFlick();
		}
		// Where `scrollend` is missing, a pause in scroll events ends the flick.
		clearTimeout(settleTimer);
		settleTimer = setTimeout(settle, 150);
	};
	addEventListener(
		'scroll',
		() => {
			if (!queued) requestAnimationFrame(sample);
			queued = true;
		},
		{ passive: true, signal },
	);
	addEventListener('scrollend', settle, { signal });
}

/** Ends a flick or jump (on `scrollend`, or a pause): every subscriber hears it once. */
function settle(): void {
	if (!fast) return;
	fast = false;
	for (const { onSettle } of listeners) onSettle();
}
