import type { Frame } from '../charts/chart-type';

/** Below this width (CSS px) the pinned chart uses its compact frame. */
export const COMPACT_BELOW = 520;

/** The frame for a chart container `width` CSS px wide. */
export function frameFor(width: number): Frame {
	return width < COMPACT_BELOW ? 'compact' : 'wide';
}
