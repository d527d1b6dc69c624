import type { Box, Mark, Scale } from './scene';

/** Geometry attributes of one mark, as both renderers write them. */
export type MarkAttributes = Readonly<Record<string, string | number>>;

/**
 * The SVG geometry attributes of a mark (numbers rounded to one decimal, `text-anchor` for text),
 * in a fixed order. `renderSvg` and `applyScene` both call this, so they cannot disagree.
 */
export function markAttributes(mark: Mark): MarkAttributes {
	switch (mark.kind) {
		case 'path':
			return mark.scale
				? { d: roundPath(mark.d), ...scaleAttributes(mark.scale) }
				: { d: roundPath(mark.d) };
		case 'circle':
			return { cx: round(mark.cx), cy: round(mark.cy), r: round(mark.r) };
		case 'rect':
			return {
				x: round(mark.x),
				y: round(mark.y),
				width: round(mark.width),
				height: round(mark.height),
			};
		case 'line':
			return { x1: round(mark.x1), y1: round(mark.y1), x2: round(mark.x2), y2: round(mark.y2) };
		case 'text':
			return { x: round(mark.x), y: round(mark.y), 'text-anchor': mark.anchor };
	}
}

/**
 * The nested <svg> that holds a scene's data marks: a viewport on the plot area whose viewBox is
 * that same box, so marks keep the chart's coordinates and are clipped to the plot. Unlike a
 * `clip-path="url(#id)"` it needs no id, so a chart cannot lose its clip to a host page's
 * `<base href>` or to a second copy of itself with the same ids (embeds, print).
 */
export function plotViewportAttributes(plot: Box): MarkAttributes {
	const box = markAttributes({ kind: 'rect', key: 'plot', className: '', layer: 'data', ...plot });
	return {
		...box,
		viewBox: `${box['x']} ${box['y']} ${box['width']} ${box['height']}`,
		preserveAspectRatio: 'none',
		overflow: 'hidden',
	};
}

/**
 * A mark's opacity, clamped to 0–1 and rounded to two decimals; 1 when unset. A label is shown
 * or hidden, never dimmed: at a dimmed opacity its text would fall below 4.5:1 contrast, so it
 * stays whole while the shapes around it dim (a label on a dimmed shape takes a `--dim` class).
 */
export function markOpacity(mark: Mark): number {
	const opacity = roundOpacity(mark.opacity ?? 1);
	return mark.kind === 'text' && opacity > 0 ? 1 : opacity;
}

/**
 * How a mark's opacity is written: as `fill-opacity` and `stroke-opacity`, never `opacity`.
 * Group opacity gives each mark a compositing group of its own, and a chart fading or dimming
 * dozens of marks then costs the browser dozens of extra paint chunks to build and layerize on
 * every frame of a transition; fill and stroke opacity are drawn with the shape. (A dimmed
 * mark's stroke now blends over its own fill, which the thin halos here do not show.)
 */
export function opacityAttributes(opacity: number): MarkAttributes {
	return { 'fill-opacity': opacity, 'stroke-opacity': opacity };
}

/**
 * An in-between value of attribute `name` during a transition, written with the precision of
 * the values both renderers write: two decimals for an opacity, one for geometry.
 */
export function formatInBetween(name: string, value: number): string {
	return String(OPACITY_NAMES.includes(name) ? roundOpacity(value) : round(value));
}

const OPACITY_NAMES = Object.keys(opacityAttributes(1));

function roundOpacity(opacity: number): number {
	return Math.round(Math.min(1, Math.max(0, opacity)) * 100) / 100;
}

/**
 * A path's `scale`: an SVG transform (the factor to four decimals, the shift to one), and the
 * factor as `--rd-zoom`, by which CSS divides the path's stroke so its lines keep their width.
 */
function scaleAttributes({ k, x, y }: Scale): MarkAttributes {
	const factor = Math.round(k * 10_000) / 10_000;
	return {
		transform: `matrix(${factor} 0 0 ${factor} ${round(x)} ${round(y)})`,
		style: `--rd-zoom:${factor}`,
	};
}

/** The `scale` a transform written by `markAttributes` stands for. */
export function readScaleTransform(transform: string): Scale {
	const [k = 1, , , , x = 0, y = 0] = transform.slice('matrix('.length, -1).split(' ').map(Number);
	return { k, x, y };
}

/** Rounds to one decimal, without ever writing `-0`. */
function round(n: number): number {
	const r = Math.round(n * 10) / 10;
	return r === 0 ? 0 : r;
}

/** Rounds every number in path data to one decimal; commands and point count are unchanged. */
function roundPath(d: string): string {
	return d.replace(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi, (n) => String(round(Number(n))));
}
