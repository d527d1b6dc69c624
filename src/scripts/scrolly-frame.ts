import type { Frame } from '../lib/charts/chart-type';

/** Below this width (CSS px) the pinned chart uses its compact frame. */
export const COMPACT_BELOW = 520;

/** The frame for a chart container `width` CSS px wide. */
export function frameFor(width: number): Frame {
	return width < COMPACT_BELOW ? 'compact' : 'wide';
}

/**
 * Calls `onChange` with the frame `element`'s width asks for, once it is laid out and whenever
 * that choice changes (not on every resize). A hidden element (no width) keeps the last frame.
 * Returns a function that stops watching.
 */
export function watchFrame(element: Element, onChange: (frame: Frame) => void): () => void {
	let current: Frame | undefined;
	const observer = new ResizeObserver(([entry]) => {
		const width = entry?.contentRect.width ?? 0;
		if (width === 0) return;
		const frame = frameFor(width);
		if (frame === current) return;
		current = frame;
		onChange(frame);
	});
	observer.observe(element);
	return () => observer.disconnect();
}
