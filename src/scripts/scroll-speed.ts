import { watchScrollRange } from './scroll-range';

/** Viewport heights per second above which scrolling counts as a flick or a jump. */
const FAST = 4;
/**
 * Viewport heights per second below which the page counts as at rest: the end of a fling
 * creeping to a stop, a slow drag (about 4 px a frame on a phone).
 */
const REST = 0.25;
/**
 * How long the page must stay below `REST` to have settled, whether or not a finger is still on
 * it (`scrollend` does not settle it while a finger is down, and some browsers lack it).
 */
const SETTLE_MS = 150;
/**
 * How long the page waits after `scrollend` before it counts as settled. A finger that lands on
 * a flinging page stops it, and its `touchstart` can reach the page a few milliseconds after the
 * `scrollend`; that finger lands to swipe on, so the page is not at rest (see `listen`).
 */
const SCROLLEND_MS = 50;

/** What a subscriber hears: the page starting to move, and settling. */
export interface ScrollListener {
	/** The page has started to move faster than a creep. */
	readonly onMove: () => void;
	/** The page has come to rest; `fast` says whether it was flicked or jumped on the way. */
	readonly onSettle: (fast: boolean) => void;
}

const listeners = new Set<ScrollListener>();
let moving = false;
let fast = false;
let lastY = 0;
let lastT = 0;
let settleTimer: ReturnType<typeof setTimeout> | undefined;
let stopListening: AbortController | undefined;

/**
 * Whether the page is moving (faster than a creep), and whether it was flicked or jumped (End,
 * Page Down, a smooth-scrolled link) since it last rested. One passive listener serves every
 * scrolly on the page; `onMove` runs when the page starts to move and `onSettle` when it comes
 * to rest. Unsubscribe with `signal`; the page listener goes when the last subscriber does.
 */
export function trackScrollSpeed(
	signal: AbortSignal,
	listener: ScrollListener,
): { isMoving: () => boolean } {
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
	return { isMoving: () => moving };
}

function listen(): void {
	stopListening = new AbortController();
	const { signal } = stopListening;
	const scroll = scrollReader(signal);
	lastY = scroll.position();
	lastT = performance.now();
	let queued = false;
	/** `scrollend` came before the frame's sample (an instant jump ends in the frame it starts). */
	let ended = false;
	/** Fingers on the page. */
	let touching = 0;
	// Sampled once a frame, in a frame callback queued by the scroll event.
	const sample = () => {
		queued = false;
		if (signal.aborted) return;
		const now = performance.now();
		const y = scroll.position();
		const speed = (Math.abs(y - lastY) / Math.max(now - lastT, 1)) * 1000;
		lastY = y;
		lastT = now;
		const height = scroll.viewportHeight();
		if (speed > height * REST) {
			fast ||= speed > height * FAST;
			if (!moving) {
				moving = true;
				for (const { onMove } of listeners) onMove();
			}
			// A while below a creep ends the move, before `scrollend` or without it.
			settleIn(SETTLE_MS);
		}
		if (ended) {
			ended = false;
			settleIn(SCROLLEND_MS);
		}
	};
	addEventListener(
		'scroll',
		() => {
			if (!queued) requestAnimationFrame(sample);
			queued = true;
		},
		{ passive: true, signal },
	);
	// A finger that lands on a flinging page stops it with a `scrollend`, but it lands to swipe
	// again: a chart drawn then would render in the swipe's first frame, with the page scrolling
	// around it. With a finger down, only a while below a creep settles the page, and a finger
	// that lands just after a `scrollend` starts that while again.
	addEventListener(
		'scrollend',
		() => {
			if (touching) return;
			if (queued) ended = true;
			else settleIn(SCROLLEND_MS);
		},
		{ signal },
	);
	const countFingers = (event: TouchEvent) => {
		touching = event.touches.length;
		if (event.type === 'touchstart' && moving) settleIn(SETTLE_MS);
	};
	for (const type of ['touchstart', 'touchend', 'touchcancel'] as const)
		addEventListener(type, countFingers, { passive: true, signal });
}

/** Settles the page `ms` from now, unless something sets another time first. */
function settleIn(ms: number): void {
	clearTimeout(settleTimer);
	settleTimer = setTimeout(settle, ms);
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

/**
 * Ends a move (just after `scrollend` with no finger down, or after a while below a creep):
 * every subscriber hears it once.
 */
function settle(): void {
	if (!moving) return;
	const wasFast = fast;
	moving = false;
	fast = false;
	clearTimeout(settleTimer);
	for (const { onSettle } of listeners) onSettle(wasFast);
}
