import { RestDetector } from '../lib/scrolly/rest';
import type { Cause, Viewport, ViewportSource } from '../lib/scrolly/viewport';

/** A scrolly as the page sees it: told when the page moves, then to read and write at rest. */
export interface PageReader {
	readonly moved: () => void;
	readonly read: (viewport: Viewport, cause: Cause) => void;
	readonly write: () => void;
}

/** The window: scroll and touch events for rest; resize, load, hash and page size for jumps. */
export const windowViewport: ViewportSource = {
	read: () => ({ top: scrollY, height: innerHeight }),
	watch({ moved, settled }, signal) {
		const rest = new RestDetector(moved, settled);
		const on = (type: string, listener: (event: Event) => void) =>
			addEventListener(type, listener, { passive: true, signal });
		on('scroll', () => rest.scroll());
		on('scrollend', () => rest.scrollEnd());
		for (const type of ['touchstart', 'touchend', 'touchcancel'])
			on(type, (event) => rest.touch((event as TouchEvent).touches.length, type === 'touchstart'));
		for (const type of ['resize', 'load', 'hashchange']) on(type, () => rest.jump());
		// Its first callback comes after the first layout, so start-up forces none.
		const size = new ResizeObserver(() => rest.jump());
		size.observe(document.documentElement);
		signal.addEventListener('abort', () => (rest.stop(), size.disconnect()));
	},
};

const readers = new Set<PageReader>();
let source = windowViewport;
let watching: AbortController | undefined;
/** Whether the source has reported since it started: a reader joining later reads at once. */
let started = false;
let queued: Cause | undefined;

/**
 * Rest, once per page: tells every reader when the page starts to move (in a task, not in the
 * frame that scrolls), and when it rests or jumps has them all read, then all write, so no
 * reader's read forces a layout of another's writes. Stops telling `reader` with `signal`.
 */
export function joinPage(reader: PageReader, signal: AbortSignal): void {
	readers.add(reader);
	if (!watching) watch();
	else if (started) settle('jump');
	signal.addEventListener('abort', () => readers.delete(reader) && readers.size === 0 && watch());
}

/** Takes the viewport from `next` instead of the window (a page embedded in another). */
export function useViewportSource(next: ViewportSource): void {
	source = next;
	watch();
}

function watch(): void {
	watching?.abort();
	watching = readers.size > 0 ? new AbortController() : undefined;
	started = false;
	const moved = () => setTimeout(() => readers.forEach((reader) => reader.moved()));
	if (watching) source.watch({ moved, settled: settle }, watching.signal);
}

/** Reads and writes in a task soon, once for any number of calls; a jump outranks a rest. */
function settle(cause: Cause): void {
	started = true;
	if (queued) return void (queued = queued === 'jump' ? queued : cause);
	queued = cause;
	setTimeout(() => {
		const [viewport, how] = [source.read(), queued ?? cause];
		queued = undefined;
		readers.forEach((reader) => reader.read(viewport, how));
		readers.forEach((reader) => reader.write());
	});
}
