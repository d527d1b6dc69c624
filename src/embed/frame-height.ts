/**
 * Calls `report` with the page's height in CSS pixels (rounded up) now and whenever it
 * changes, at most once a frame. The body is measured, not the document: a frame taller than its
 * content would otherwise never be told to shrink.
 */
export function watchHeight(report: (height: number) => void): void {
	let last = 0;
	let queued = false;
	const measure = () => {
		queued = false;
		const height = Math.ceil(document.body.getBoundingClientRect().height);
		if (height !== last && height > 0) report((last = height));
	};
	new ResizeObserver(() => {
		if (!queued) requestAnimationFrame(measure);
		queued = true;
	}).observe(document.body);
}
