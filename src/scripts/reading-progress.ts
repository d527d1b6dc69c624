/**
 * Scales `bar` with the page's scroll position, at most once a frame, for browsers without CSS
 * scroll timelines. The position is read in scroll events, the range when the page or window
 * changes size (a resize observer's first callback comes after the first layout), where layout
 * is fresh; the frame callback only writes.
 */
export function followScrollProgress(bar: HTMLElement | null): void {
	if (!bar) return;
	const root = document.documentElement;
	let [y, range, queued] = [0, 0, false];
	const update = () => {
		queued = false;
		bar.style.transform = `scaleX(${range > 0 ? Math.min(1, y / range) : 0})`;
	};
	const follow = () => {
		y = scrollY;
		if (!queued) requestAnimationFrame(update);
		queued = true;
	};
	const measure = () => ((range = root.scrollHeight - root.clientHeight), follow());
	new ResizeObserver(measure).observe(root);
	addEventListener('resize', measure, { passive: true });
	addEventListener('scroll', follow, { passive: true });
}
