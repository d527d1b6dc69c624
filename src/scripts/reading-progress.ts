/**
 * Scales `bar` with the scroll position where CSS scroll timelines are missing. Reads happen in
 * scroll events and resize callbacks, where layout is fresh; the frame callback only writes.
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
