import { watchScrollRange } from './scroll-range';

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
	const scroll = scrollReader(signal);
	lastY = scroll.position();
	lastT = performance.now();
	let queued = false;
	// Sampled once a frame, in a frame callback queued by the scroll event.
	const sample = () => {
		queued = false;
		if (signal.aborted) return;
		const now = performance.now();
		const y = scroll.position();
		const speed = (Math.abs(y - lastY) / Math.max(now - lastT, 1)) * 1000;
		lastY = y;
		lastT = now;
		if (speed <= scroll.viewportHeight() * FAST) return;
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

/**
 * The page's scroll position and the window's height, read without forcing a layout. On a
 * phone, `scrollY` and `innerHeight` lay the page out first whenever a chart transition has
 * changed it since the last frame, so a frame with a chart tick would lay out twice; a scroll
 * timeline's time is a snapshot the browser takes at the start of each frame. That time is a
 * percentage of the scroll range; the range and the height come from `watchScrollRange`.
 * Browsers without scroll timelines (or typed CSS values) read `scrollY` and `innerHeight`.
 */
function scrollReader(signal: AbortSignal): {
	position: () => number;
	viewportHeight: () => number;
} {
	if (typeof ScrollTimeline !== 'function' || typeof CSSUnitValue !== 'function')
		return { position: () => scrollY, viewportHeight: () => innerHeight };
	const timeline = new ScrollTimeline({ source: document.documentElement, axis: 'block' });
	let range = 0;
	let height = 0;
	watchScrollRange((newRange, newHeight) => {
		range = newRange;
		height = newHeight;
	}, signal);
	return {
		position: () => {
			const time = timeline.currentTime;
			return time instanceof CSSUnitValue && time.unit === 'percent'
				? (time.value / 100) * range
				: scrollY;
		},
		viewportHeight: () => height,
	};
}

/** Ends a flick or jump (on `scrollend`, or a pause): every subscriber hears it once. */
function settle(): void {
	if (!fast) return;
	fast = false;
	for (const { onSettle } of listeners) onSettle();
}
