import { geoMercator, type GeoProjection } from 'd3-geo';
import { FRAME_SIZE, type Frame } from '../chart-type';
import type { Box, Scale } from '../scene';
import type { SeaMapData } from './data';
import type { SeaMapState } from './state';

/** The day strip's layout, below the map (see `stripMarks`). */
export interface StripGeometry {
	/** Left and right ends of the year. */
	readonly left: number;
	readonly right: number;
	/** Baselines and line ends, top to bottom. */
	readonly label: number;
	readonly cursorTop: number;
	readonly axis: number;
	readonly cursorBottom: number;
	readonly month: number;
	/** Half-length of a month tick. */
	readonly tick: number;
	/** Months between ticks and their labels: 1, every month; 2, every other month. */
	readonly monthStep: number;
	/** Radius of an event's dot, and of the current event's. */
	readonly dot: number;
	readonly current: number;
	/**
	 * How the current event's label sits: 'beside' the cursor (its side chosen by thirds of the
	 * strip), or 'above' it, centred and kept inside the strip (shortened if it cannot fit).
	 */
	readonly labelAt: 'beside' | 'above';
}

/** Where a frame puts the map and its strip. */
export interface MapGeometry {
	readonly width: number;
	readonly height: number;
	/** The map's part of the viewBox (the scene's `plot`); the day strip runs below it. */
	readonly map: Box;
	readonly strip: StripGeometry;
	/**
	 * Fit labels to a small frame: zones lose their second line (`detail`) and step off their
	 * outline, and places' labels are kept inside the map. Otherwise labels sit where authored.
	 */
	readonly fitLabels: boolean;
}

/** Wide: the strip labels every month. Compact: every other month, the label above the cursor. */
export const GEOMETRY: Readonly<Record<Frame, MapGeometry>> = {
	wide: {
		...FRAME_SIZE.wide,
		map: { x: 0, y: 0, width: 640, height: 336 },
		strip: {
			left: 20,
			right: 620,
			label: 356,
			cursorTop: 346,
			axis: 372,
			cursorBottom: 380,
			month: 392,
			tick: 4,
			monthStep: 1,
			dot: 3,
			current: 4.5,
			labelAt: 'beside',
		},
		fitLabels: false,
	},
	compact: {
		...FRAME_SIZE.compact,
		map: { x: 0, y: 0, width: 400, height: 196 },
		strip: {
			left: 12,
			right: 388,
			label: 210,
			cursorTop: 214,
			axis: 224,
			cursorBottom: 231,
			month: 242,
			tick: 3,
			monthStep: 2,
			dot: 2.5,
			current: 3.5,
			labelAt: 'above',
		},
		fitLabels: true,
	},
};

/** A point in SVG units. */
export type Point = readonly [number, number];

/** Uniform scale then shift: how a framing moves base coordinates onto the viewBox. */
export type Affine = Scale;

/** Framing name, as in the state. */
export type Zoom = SeaMapState['zoom'];

/** Maps a point with `a`. */
export function applyAffine(a: Affine, [x, y]: Point): Point {
	return [a.k * x + a.x, a.k * y + a.y];
}

/** The affine map that applies `inner`, then `outer`. */
export function composeAffine(outer: Affine, inner: Affine): Affine {
	return { k: outer.k * inner.k, x: outer.k * inner.x + outer.x, y: outer.k * inner.y + outer.y };
}

/** The affine map that undoes `a`. */
export function invertAffine(a: Affine): Affine {
	return { k: 1 / a.k, x: -a.x / a.k, y: -a.y / a.k };
}

/**
 * The projection all geometry starts from ("base coordinates"): Mercator, fitted so that
 * `bounds` fills the map's height or width. The 'sea' framing shows base coordinates as they are.
 */
export function baseProjection(bounds: SeaMapData['bounds'], map: Box): GeoProjection {
	return geoMercator().fitExtent(
		[
			[map.x, map.y],
			[map.x + map.width, map.y + map.height],
		],
		{ type: 'MultiPoint', coordinates: corners(bounds) },
	);
}

/**
 * How a framing shows base coordinates. Both framings share one projection and differ by a
 * scale and shift, so every projected mark (dots, zones, land) moves linearly between them and
 * a step from one to the other animates as one zoom.
 */
export function framing(data: SeaMapData, zoom: Zoom, map: Box): Affine {
	if (zoom === 'sea') return { k: 1, x: 0, y: 0 };
	const base = baseProjection(data.bounds, map);
	const points = corners(data.wonsanBounds).map((c): Point => base(c) ?? [0, 0]);
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const k = Math.min(map.width / (x1 - x0), map.height / (y1 - y0));
	return {
		k,
		x: map.x + map.width / 2 - (k * (x0 + x1)) / 2,
		y: map.y + map.height / 2 - (k * (y0 + y1)) / 2,
	};
}

/**
 * The base projection seen through a framing, clipped just outside the map (so coastline strokes
 * along the cut stay hidden under the plot's clip).
 */
export function framedProjection(data: SeaMapData, zoom: Zoom, map: Box): GeoProjection {
	const base = baseProjection(data.bounds, map);
	const a = framing(data, zoom, map);
	const [tx, ty] = base.translate();
	const pad = 2;
	return geoMercator()
		.scale(base.scale() * a.k)
		.translate([a.k * tx + a.x, a.k * ty + a.y])
		.clipExtent([
			[map.x - pad, map.y - pad],
			[map.x + map.width + pad, map.y + map.height + pad],
		]);
}

function corners([[w, s], [e, n]]: SeaMapData['bounds']): [number, number][] {
	return [
		[w, s],
		[e, s],
		[e, n],
		[w, n],
	];
}
