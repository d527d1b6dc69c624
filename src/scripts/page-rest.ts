import { RestDetector } from '../lib/scrolly/rest';
import type { Cause, Viewport, ViewportSource } from '../lib/scrolly/viewport';

/** A scrolly as the page sees it: told when the page moves, then to read and write at rest. */
export interface PageReader {
	readonly moved: () => void;
	readonly read: (viewport: Viewport, cause: Cause) => void;
	readonly write: () => void;
}

/** The window: scroll and touch events for rest; resize, load, hash and layout for jumps. */
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
		for (const type of ['resize', 'load', 'hashchange', 'rd-laid-out']) on(type, () => rest.jump());
		// The first reading waits for the task after the first frame, so start-up forces no layout.
		requestAnimationFrame(() => setTimeout(() => signal.aborted || rest.jump()));
		signal.addEventListener('abort', () => rest.stop());
	},
};

const readers = new Set<PageReader>();
let source = windowViewport;
let watching: AbortController | undefined;
/** Before the source's first report a reader waits for it; after, one joining reads at once. */
let phase: 'unstarted' | 'moving' | 'resting' = 'unstarted';
let queued: Cause | undefined;

/**
 * Rest, once per page: tells every reader when the page starts to move (in a task, not in the
 * frame that scrolls), and when it rests or jumps has them all read, then all write, so no
 * reader's read forces a layout of another's writes. Stops telling `reader` with `signal`.
 */
export function joinPage(reader: PageReader, signal: AbortSignal): void {
	readers.add(reader);
	if (!watching) watch();
	else if (phase !== 'unstarted') settle('jump');
	signal.addEventListener('abort', () => readers.delete(reader) && readers.size === 0 && watch());
}

/** Runs a read-then-write round now if the page is at rest; else the rest will. */
export function requestRound(): void {
	if (phase === 'resting') settle('rest');
}

/** Takes the viewport from `next` instead of the window (a page embedded in another). */
export function useViewportSource(next: ViewportSource): void {
	source = next;
	watch();
}

function watch(): void {
	watching?.abort();
	watching = readers.size > 0 ? new AbortController() : undefined;
	phase = 'unstarted';
	const moved = () => {
		phase = 'moving';
		setTimeout(() => readers.forEach((reader) => reader.moved()));
	};
	if (watching) source.watch({ moved, settled: settle }, watching.signal);
}

/** Once for many calls, a jump outranking a rest: all read in a task, each writes in its own. */
function settle(cause: Cause): void {
	phase = 'resting';
	if (queued) return void (queued = queued === 'jump' ? queued : cause);
	queued = cause;
	setTimeout(() => {
		const [viewport, how] = [source.read(), queued ?? cause];
		queued = undefined;
		readers.forEach((reader) => reader.read(viewport, how));
		readers.forEach((reader) => setTimeout(() => reader.write()));
	});
}
