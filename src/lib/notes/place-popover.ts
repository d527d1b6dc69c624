/** A box in viewport coordinates, as `getBoundingClientRect()` gives it. */
export interface Box {
	readonly left: number;
	readonly top: number;
	readonly bottom: number;
}

/** Space kept between a popover and its marker, and between it and the viewport's edges (px). */
const MARGIN = 8;

/**
 * Where a note's popover goes (viewport coordinates): centred under its marker, above it when
 * there is no room below, and never past the viewport's edges. Pure.
 */
export function placePopover(
	marker: Box,
	popover: { readonly width: number; readonly height: number },
	viewport: { readonly width: number; readonly height: number },
): { left: number; top: number } {
	const { width, height } = popover;
	const left = Math.min(Math.max(MARGIN, marker.left - width / 2), viewport.width - width - MARGIN);
	const below = marker.bottom + MARGIN;
	const fitsBelow = below + height <= viewport.height - MARGIN;
	return { left, top: fitsBelow ? below : Math.max(MARGIN, marker.top - height - MARGIN) };
}
