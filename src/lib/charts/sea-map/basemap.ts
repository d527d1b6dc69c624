import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { loadWorld, type Resolution } from './atlas';
import {
	applyAffine,
	framedProjection,
	framing,
	invertAffine,
	type Point,
	type Zoom,
} from './frame';
import type { Box } from '../scene';
import { ringArea, simplify, type Ring } from './path';
import type { SeaMapData } from './data';

/** Land and borders drawn for one framing, in base coordinates (see `baseProjection`). */
export interface Basemap {
	readonly land: readonly Ring[];
	readonly borders: readonly Ring[];
}

/** Natural Earth scale per framing: the close-up needs the finer coastline. */
const RESOLUTION: Record<Zoom, Resolution> = { sea: '50m', wonsan: '10m' };
/** Simplification tolerance and smallest island kept, in SVG units of the framing itself. */
const TOLERANCE = 0.6;
const MIN_ISLAND_AREA = 2;

const cache = new Map<string, Basemap>();

/**
 * The coastline and land borders a framing shows on `map` (each frame has its own), clipped to
 * the map as that framing sees it, simplified at that framing's own scale, and stored in base
 * coordinates so that any framing can draw them (point counts are fixed here, whatever framing
 * later draws them). Build time only.
 */
export function basemap(data: SeaMapData, zoom: Zoom, map: Box): Basemap {
	const key = JSON.stringify([data.bounds, data.wonsanBounds, zoom, map]);
	const cached = cache.get(key);
	if (cached) return cached;
	const world = loadWorld(RESOLUTION[zoom]);
	const projection = framedProjection(data, zoom, map);
	const back = invertAffine(framing(data, zoom, map));
	const toBase = ({ points, closed }: Ring): Ring => ({
		points: points.map((p) => applyAffine(back, p)),
		closed,
	});
	const land = trace(projection, world.land)
		.map(({ points, closed }) => ({ points: simplify(points, TOLERANCE), closed }))
		.filter(({ points }) => points.length >= 3 && Math.abs(ringArea(points)) >= MIN_ISLAND_AREA)
		.map(toBase);
	const borders = trace(projection, world.borders)
		.map(({ points }) => ({ points: simplify(points, TOLERANCE), closed: false }))
		.filter(({ points }) => points.length >= 2)
		.map(toBase);
	const result: Basemap = { land, borders };
	cache.set(key, result);
	return result;
}

/** Projects and clips an object, collecting the rings geoPath would draw. */
function trace(projection: GeoProjection, object: GeoPermissibleObjects): Ring[] {
	const rings: { points: Point[]; closed: boolean }[] = [];
	const context: GeoContext = {
		beginPath() {},
		moveTo(x: number, y: number) {
			rings.push({ points: [[x, y]], closed: false });
		},
		lineTo(x: number, y: number) {
			rings.at(-1)?.points.push([x, y]);
		},
		closePath() {
			const ring = rings.at(-1);
			if (ring) ring.closed = true;
		},
		arc() {},
	};
	geoPath(projection, context)(object);
	return rings;
}
