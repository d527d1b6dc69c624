/**
 * A chart frame as plain data: what one scroll step shows. Layouts (pure functions of data and
 * state) produce scenes; `renderSvg` turns a scene into markup at build time and `applyScene`
 * moves the live SVG to it in the browser. One source of geometry for the page, print and embeds.
 */
export interface Scene {
	readonly width: number;
	readonly height: number;
	/** The data area; renderers clip data marks to it, so layouts never filter data to fit a frame. */
	readonly plot: Box;
	/** Accessible name of the figure in this state; becomes <title>. */
	readonly title: string;
	/** What this state shows, in one sentence; becomes <desc>. */
	readonly description: string;
	readonly marks: readonly Mark[];
}

export interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

interface MarkBase {
	/** Stable identity across states; the d3 join key. */
	readonly key: string;
	/** Space-separated `rd-` classes; colours come from CSS, never from layouts. */
	readonly className: string;
	/** Data marks are clipped to `plot`; axis labels, legends and titles are not. */
	readonly layer: 'data' | 'frame';
	/** 0–1; marks fade rather than vanish so transitions stay smooth. Default 1. */
	readonly opacity?: number;
}
export interface PathMark extends MarkBase {
	readonly kind: 'path';
	readonly d: string;
	/**
	 * Draws `d` scaled by `k` and shifted by (`x`, `y`). A zoom then moves a long path, a
	 * coastline, by one short attribute instead of rewriting its data. The factor is also
	 * written as `--rd-zoom`, for CSS to keep the path's strokes as thin. A path has a scale in
	 * every state or in none.
	 */
	readonly scale?: Scale;
}

/** A uniform scale then a shift: `(px, py)` is drawn at `(k·px + x, k·py + y)`. */
export interface Scale {
	readonly k: number;
	readonly x: number;
	readonly y: number;
}
export interface CircleMark extends MarkBase {
	readonly kind: 'circle';
	readonly cx: number;
	readonly cy: number;
	readonly r: number;
}
export interface RectMark extends MarkBase {
	readonly kind: 'rect';
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}
export interface LineMark extends MarkBase {
	readonly kind: 'line';
	readonly x1: number;
	readonly y1: number;
	readonly x2: number;
	readonly y2: number;
}
export interface TextMark extends MarkBase {
	readonly kind: 'text';
	readonly x: number;
	readonly y: number;
	readonly text: string;
	readonly anchor: 'start' | 'middle' | 'end';
}
export type Mark = PathMark | CircleMark | RectMark | LineMark | TextMark;
export type MarkKind = Mark['kind'];
