import { RestDetector } from '../lib/scrolly/rest';
import type { Cause, Viewport, ViewportSource } from '../lib/scrolly/viewport';

/** A scrolly as the page sees it. */
export interface PageReader {
	/** The page started to move: anything moving with it should end now. */
	readonly moved: () => void;
	/** The page rested or jumped: read the layout. Every reader reads before any writes. */
	readonly read: (viewport: Viewport, cause: Cause) => void;
	readonly write: () => void;
}

/** The window: scroll and touch events for rest; resize, load, hash and page size for jumps. */
export const windowViewport: ViewportSource = {
	read: () => ({ top: scrollY, height: innerHeight }),
	watch({ moved, settled }, signal) {
		const rest = new RestDetector(moved, () => settled('rest'));
		const on = (type: string, listener: (event: Event) => void) =>
			addEventListener(type, listener, { passive: true, signal });
		on('scroll', () => rest.scroll());
		on('scrollend', () => rest.scrollEnd());
		for (const type of ['touchstart', 'touchend', 'touchcancel'])
			on(type, (event) => rest.touch((event as TouchEvent).touches.length, type === 'touchstart'));
		for (const type of ['resize', 'load', 'hashchange']) on(type, () => settled('jump'));
		// Its first callback comes after the first layout, so start-up forces none.
		const size = new ResizeObserver(() => settled('jump'));
		size.observe(document.documentElement);
		signal.addEventListener('abort', () => (rest.stop(), size.disconnect()));
	},
};

const readers = new Set<PageReader>();
let source = windowViewport;
let watching: AbortController | undefined;
/** The source has reported (the page is laid out): a reader joining later reads at once. */
let started = false;
let queued: Cause | undefined;

/**
 * Rest, once per page: tells every reader when the page starts to move, and when it rests or
 * jumps has them all read, then all write, in one task, so no reader's read forces a layout of
 * another's writes. Stops telling `reader` when `signal` aborts.
 */
export function joinPage(reader: PageReader, signal: AbortSignal): void {
	readers.add(reader);
	if (!watching) watch();
	else if (started) settle('jump');
	signal.addEventListener('abort', () => {
		readers.delete(reader);
		if (readers.size === 0) watch(false);
	});
}

/** Takes the viewport from `next` instead of the window (a page embedded in another). */
export function useViewportSource(next: ViewportSource): void {
	source = next;
	watch(readers.size > 0);
}

function watch(start = true): void {
	watching?.abort();
	watching = start ? new AbortController() : undefined;
	started = false;
	// `moved` in a task of its own: scroll events run in the frame that scrolls, busy enough.
	const moved = () => setTimeout(() => readers.forEach((reader) => reader.moved()));
	if (watching) source.watch({ moved, settled: settle }, watching.signal);
}

/** Reads and writes soon, once for any number of calls; a jump outranks a rest. */
function settle(cause: Cause): void {
	started = true;
	const pending = queued;
	queued = pending === 'jump' ? pending : cause;
	if (pending) return;
	setTimeout(() => {
		const viewport = source.read();
		const how = queued ?? cause;
		queued = undefined;
		readers.forEach((reader) => reader.read(viewport, how));
		readers.forEach((reader) => reader.write());
	});
}
