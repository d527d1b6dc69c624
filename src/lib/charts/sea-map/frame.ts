import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Box } from '../scene';
import type { SeaMapData } from './data';
import type { SeaMapState } from './state';

/** Width of the viewBox. */
export const WIDTH = 640;
/** Height of the viewBox. */
export const HEIGHT = 400;
/** The map's part of the viewBox (the scene's `plot`); the day strip runs below it. */
export const MAP: Box = { x: 0, y: 0, width: WIDTH, height: 336 };

/** A point in SVG units. */
export type Point = readonly [number, number];

/** Uniform scale then shift: how a framing moves base coordinates onto the viewBox. */
export interface Affine {
	readonly k: number;
	readonly x: number;
	readonly y: number;
}

/** Framing name, as in the state. */
export type Zoom = SeaMapState['zoom'];

/** Maps a point with `a`. */
export function applyAffine(a: Affine, [x, y]: Point): Point {
	return [a.k * x + a.x, a.k * y + a.y];
}

/** The affine map that undoes `a`. */
export function invertAffine(a: Affine): Affine {
	return { k: 1 / a.k, x: -a.x / a.k, y: -a.y / a.k };
}

/**
 * The projection all geometry starts from ("base coordinates"): Mercator, fitted so that
 * `bounds` fills the map's height or width. The 'sea' framing shows base coordinates as they are.
 */
export function baseProjection(bounds: SeaMapData['bounds']): GeoProjection {
	return geoMercator().fitExtent(
		[
			[MAP.x, MAP.y],
			[MAP.x + MAP.width, MAP.y + MAP.height],
		],
		{ type: 'MultiPoint', coordinates: corners(bounds) },
	);
}

/**
 * How a framing shows base coordinates. Both framings share one projection and differ by a
 * scale and shift, so every projected mark (dots, zones, land) moves linearly between them and
 * a step from one to the other animates as one zoom.
 */
export function framing(data: SeaMapData, zoom: Zoom): Affine {
	if (zoom === 'sea') return { k: 1, x: 0, y: 0 };
	const base = baseProjection(data.bounds);
	const points = corners(data.wonsanBounds).map((c): Point => base(c) ?? [0, 0]);
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const k = Math.min(MAP.width / (x1 - x0), MAP.height / (y1 - y0));
	return {
		k,
		x: MAP.x + MAP.width / 2 - (k * (x0 + x1)) / 2,
		y: MAP.y + MAP.height / 2 - (k * (y0 + y1)) / 2,
	};
}

/**
 * The base projection seen through a framing, clipped just outside the map (so coastline strokes
 * along the cut stay hidden under the plot's clip).
 */
export function framedProjection(data: SeaMapData, zoom: Zoom): GeoProjection {
	const base = baseProjection(data.bounds);
	const a = framing(data, zoom);
	const [tx, ty] = base.translate();
	const pad = 2;
	return geoMercator()
		.scale(base.scale() * a.k)
		.translate([a.k * tx + a.x, a.k * ty + a.y])
		.clipExtent([
			[MAP.x - pad, MAP.y - pad],
			[MAP.x + MAP.width + pad, MAP.y + MAP.height + pad],
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
