import { createRequire } from 'node:module';
import { geoArea } from 'd3-geo';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Natural Earth scales shipped by `world-atlas`: 1:50 million or 1:10 million. */
export type Resolution = '50m' | '10m';

/** Land and land borders of the whole world, at one resolution. */
export interface World {
	readonly land: Feature<Polygon | MultiPolygon>;
	readonly borders: MultiLineString;
}

type Atlas = Topology<{ land: GeometryCollection; countries: GeometryCollection }>;

const require = createRequire(import.meta.url);
const cache = new Map<Resolution, World>();

/**
 * Natural Earth land and borders from `world-atlas`. Build time only: it reads a multi-megabyte
 * file from node_modules, and the browser only ever receives finished scenes.
 */
export function loadWorld(resolution: Resolution): World {
	const cached = cache.get(resolution);
	if (cached) return cached;
	const atlas = readAtlas(resolution);
	const land = feature(atlas, atlas.objects.land);
	const countries = atlas.objects.countries;
	const world: World = {
		land: 'features' in land ? mergeFeatures(land.features) : narrow(land),
		borders: mesh(atlas, countries, (a, b) => a !== b),
	};
	cache.set(resolution, world);
	return world;
}

function readAtlas(resolution: Resolution): Atlas {
	const json: unknown = require(`world-atlas/countries-${resolution}.json`);
	if (!isAtlas(json))
		throw new Error(`world-atlas/countries-${resolution}.json is not a TopoJSON atlas.`);
	return json;
}

function isAtlas(json: unknown): json is Atlas {
	if (typeof json !== 'object' || json === null || !('type' in json) || !('objects' in json))
		return false;
	const { objects } = json;
	return (
		json.type === 'Topology' &&
		typeof objects === 'object' &&
		objects !== null &&
		'land' in objects &&
		'countries' in objects
	);
}

function narrow(f: Feature): Feature<Polygon | MultiPolygon> {
	const { geometry } = f;
	if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
		throw new Error(`Expected land polygons, got ${geometry.type}.`);
	}
	return { ...f, geometry };
}

function mergeFeatures(features: readonly Feature[]): Feature<MultiPolygon> {
	const coordinates = features
		.flatMap((f) => {
			const { geometry } = narrow(f);
			return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
		})
		// A few slivers in the 1:10m land are wound the wrong way, which on a sphere means "the
		// whole world except this sliver"; clipped, they would cover every framing in land.
		.filter((coordinates) => geoArea({ type: 'Polygon', coordinates }) < 2 * Math.PI);
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates } };
}
