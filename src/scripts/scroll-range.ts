/**
 * Calls `onChange(range, height)` once the page is laid out and whenever the page's scrollable
 * range or the window's height may have changed: the page grew or shrank or the window was
 * resized (which can change the height alone). The first reading comes from the resize
 * observer's first callback, which runs after layout, so start-up never forces a layout.
 * Stops with `signal`.
 */
export function watchScrollRange(
	onChange: (range: number, height: number) => void,
	signal?: AbortSignal,
): void {
	const root = document.documentElement;
	const measure = () => onChange(root.scrollHeight - root.clientHeight, root.clientHeight);
	const pageSize = new ResizeObserver(measure);
	pageSize.observe(root);
	addEventListener('resize', measure, { passive: true, ...(signal ? { signal } : {}) });
	signal?.addEventListener('abort', () => pageSize.disconnect());
}
