import { watchScrollRange } from './scroll-range';

/**
 * Scales `bar` with the page's scroll position, at most once a frame, for browsers without CSS
 * scroll timelines. The scrollable range is measured only when the page's size changes.
 */
export function followScrollProgress(bar: HTMLElement | null): void {
	if (!bar) return;
	let range = 0;
	let y = 0;
	let queued = false;
	// Positions are read in the scroll event and on resize, where layout is fresh; the frame
	// callback only writes, so it never forces a layout a running chart transition dirtied.
	const update = () => {
		queued = false;
		bar.style.transform = `scaleX(${range > 0 ? Math.min(1, y / range) : 0})`;
	};
	const queue = () => {
		if (!queued) requestAnimationFrame(update);
		queued = true;
	};
	watchScrollRange((newRange) => {
		range = newRange;
		y = scrollY;
		queue();
	});
	addEventListener(
		'scroll',
		() => {
			y = scrollY;
			queue();
		},
		{ passive: true },
	);
}
