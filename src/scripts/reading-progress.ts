/**
 * Scales `bar` with the page's scroll position, at most once a frame. (CSS scroll timelines would
 * need no script, but the build's CSS minifier folds them into an `animation` shorthand that
 * browsers reject.)
 */
export function followScrollProgress(bar: HTMLElement | null): void {
	if (!bar) return;
	let queued = false;
	const update = () => {
		queued = false;
		const root = document.documentElement;
		const range = root.scrollHeight - root.clientHeight;
		bar.style.transform = `scaleX(${range > 0 ? root.scrollTop / range : 0})`;
	};
	const queue = () => {
		if (!queued) requestAnimationFrame(update);
		queued = true;
	};
	addEventListener('scroll', queue, { passive: true });
	addEventListener('resize', queue, { passive: true });
	update();
}
