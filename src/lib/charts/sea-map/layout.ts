import type { Frame } from '../chart-type';
import type { Mark, Scene } from '../scene';
import { basemap } from './basemap';
import { describe, titleOf } from './describe';
import { placeMarks, zoneFill, zoneOverlay, type MapContext } from './features';
import {
	applyAffine,
	baseProjection,
	composeAffine,
	framing,
	GEOMETRY,
	invertAffine,
	type Zoom,
} from './frame';
import { encodeRings } from './path';
import type { SeaMapData } from './data';
import type { SeaMapState } from './state';
import { stripMarks } from './strip';

const ZOOMS: readonly Zoom[] = ['sea', 'wonsan'];

/**
 * Lays out the Pueblo map and its day strip for one step. Pure; build time only (the land comes
 * from `world-atlas`).
 *
 * Zooming: both framings share one Mercator projection and differ by a scale and shift
 * (`framing`), so dots, zones and labels move linearly from one to the other. Each framing also
 * has its own coastline (`land-sea` at 1:50m, `land-wonsan` at 1:10m), clipped and simplified
 * for its own scale so neither is heavy. Both coastlines are in every scene, drawn through the
 * current framing: the one that does not belong to it is transparent. A step from 'sea' to
 * 'wonsan' therefore zooms everything together while the detailed coast fades in, and each
 * path keeps its point count in every state of a frame (each frame simplifies at its own scale).
 * The coastlines and borders are written once, in their own framing's coordinates, and reach
 * the current one through their `scale`: a zoom rewrites one transform per path, not
 * thousands of coordinates per frame.
 */
export function layoutSeaMap(data: SeaMapData, state: SeaMapState, frame: Frame): Scene {
	checkFocus(data, state.focus);
	const g = GEOMETRY[frame];
	const base = baseProjection(data.bounds, g.map);
	const ctx: MapContext = {
		map: g.map,
		project: (lon, lat) => {
			const [x = 0, y = 0] = base([lon, lat]) ?? [];
			return [x, y];
		},
		view: framing(data, state.zoom, g.map),
		zoom: state.zoom,
		focus: state.focus,
		fitLabels: g.fitLabels,
	};
	const marks: Mark[] = [
		{ kind: 'rect', key: 'sea', className: 'rd-map-sea', layer: 'data', ...g.map },
		...data.zones.map((z) => zoneFill(z, ctx)),
		...basemapMarks(data, ctx),
		...data.zones.flatMap((z) => zoneOverlay(z, ctx)),
		...data.waterLabels.map((w): Mark => {
			const [x, y] = applyAffine(ctx.view, ctx.project(w.lon, w.lat));
			return {
				kind: 'text',
				key: `water-${w.id}`,
				className: 'rd-map-label rd-map-label--water',
				layer: 'data',
				x,
				y,
				text: w.text,
				anchor: 'middle',
			};
		}),
		...data.places.flatMap((p) => placeMarks(p, ctx)),
		...stripMarks(g.strip, data, state.day),
	];
	return {
		width: g.width,
		height: g.height,
		plot: g.map,
		title: titleOf(state),
		description: describe(data, state),
		marks,
	};
}

/** Land and borders of both framings, drawn through the current one (see `layoutSeaMap`). */
function basemapMarks(data: SeaMapData, ctx: MapContext): Mark[] {
	return ZOOMS.flatMap((zoom): Mark[] => {
		const { land, borders } = basemap(data, zoom, ctx.map);
		const own = framing(data, zoom, ctx.map);
		const scale = composeAffine(ctx.view, invertAffine(own));
		const opacity = zoom === ctx.zoom ? 1 : 0;
		return [
			{
				kind: 'path',
				key: `land-${zoom}`,
				className: 'rd-map-land',
				layer: 'data',
				d: encodeRings(land, own),
				scale,
				opacity,
			},
			{
				kind: 'path',
				key: `borders-${zoom}`,
				className: 'rd-map-border',
				layer: 'data',
				d: encodeRings(borders, own),
				scale,
				opacity,
			},
		];
	});
}

/** Unknown focus ids would silently emphasise nothing; fail the build instead. */
function checkFocus(data: SeaMapData, focus: readonly string[]): void {
	const ids = [...data.places, ...data.zones].map((f) => f.id);
	const unknown = focus.filter((id) => !ids.includes(id));
	if (unknown.length > 0) {
		throw new Error(
			`sea-map: focus names ${unknown.map((id) => `"${id}"`).join(', ')}, which is not a place or zone id. Known ids: ${ids.join(', ')}.`,
		);
	}
}
