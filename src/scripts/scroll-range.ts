/**
 * Calls `onChange(range, height)` now and whenever the page's scrollable range or the window's
 * height may have changed: the page grew or shrank (a resize observer's callback runs after
 * layout, so its reads are free) or the window was resized (which can change the height alone).
 * Stops with `signal`.
 */
export function watchScrollRange(
	onChange: (range: number, height: number) => void,
	signal?: AbortSignal,
): void {
	const root = document.documentElement;
	const measure = () => onChange(root.scrollHeight - root.clientHeight, root.clientHeight);
	measure();
	const pageSize = new ResizeObserver(measure);
	pageSize.observe(root);
	addEventListener('resize', measure, { passive: true, ...(signal ? { signal } : {}) });
	signal?.addEventListener('abort', () => pageSize.disconnect());
}
