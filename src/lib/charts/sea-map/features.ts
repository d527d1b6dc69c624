import { geoCircle } from 'd3-geo';
import type { Box, Mark, TextMark } from '../scene';
import { estimateTextWidth } from '../text-width';
import { applyAffine, type Affine, type Point, type Zoom } from './frame';
import { encodeRings, ringArea, type Ring } from './path';
import type { SeaMapPlace, SeaMapZone } from './data';

/** Opacity of places and zones left out of a non-empty focus. */
export const DIM = 0.3;
/** Degrees between the points of a circle zone: 60 points, in every framing. */
const CIRCLE_STEP = 6;
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_UNIT = { km: 1, nm: 1.852, mi: 1.609344 } as const;

/** Everything a feature needs to place itself: the map's box, base projection, framing and focus. */
export interface MapContext {
	/** The map's part of the viewBox in this frame. */
	readonly map: Box;
	readonly project: (lon: number, lat: number) => Point;
	readonly view: Affine;
	readonly zoom: Zoom;
	readonly focus: readonly string[];
	/** Fit labels to a small frame (see `MapGeometry.fitLabels`). */
	readonly fitLabels: boolean;
}

/** Opacity of an emphasisable feature under the current focus. */
export function emphasis(id: string, focus: readonly string[]): number {
	return focus.length === 0 || focus.includes(id) ? 1 : DIM;
}

/** A zone's shading (`zone-<id>`); drawn under the land, so "outside" shading covers only sea. */
export function zoneFill(zone: SeaMapZone, ctx: MapContext): Mark {
	const outline = zoneOutline(zone, ctx);
	const rings =
		zone.shade === 'inside'
			? [outline]
			: [coverRing(ctx.map), { ...outline, points: against(outline, ctx.map) }];
	return {
		kind: 'path',
		key: `zone-${zone.id}`,
		className: `rd-map-zone rd-map-zone--${zone.shade}`,
		layer: 'data',
		d: encodeRings(rings, ctx.view),
		opacity: emphasis(zone.id, ctx.focus),
	};
}

/** A zone's outline and its label lines, drawn above the land. */
export function zoneOverlay(zone: SeaMapZone, ctx: MapContext): Mark[] {
	const opacity = emphasis(zone.id, ctx.focus);
	const outline = zoneOutline(zone, ctx);
	const at = applyAffine(ctx.view, ctx.project(zone.labelAt.lon, zone.labelAt.lat));
	const { x, y, anchor } = ctx.fitLabels
		? offOutline(at, estimateTextWidth(zone.label), outline.points, ctx)
		: { x: at[0], y: at[1], anchor: 'middle' as const };
	const text = (suffix: string, dy: number, value: string, className: string): TextMark => ({
		kind: 'text',
		key: `zone-${zone.id}-${suffix}`,
		className,
		layer: 'data',
		x,
		y: y + dy,
		text: value,
		anchor,
		opacity,
	});
	return [
		{
			kind: 'path',
			key: `zone-${zone.id}-edge`,
			className: 'rd-map-zone-edge',
			layer: 'data',
			d: encodeRings([outline], ctx.view),
			opacity,
		},
		text('label', 0, zone.label, 'rd-map-label rd-map-label--zone'),
		...(zone.detail === undefined || ctx.fitLabels
			? []
			: [text('detail', 13, zone.detail, 'rd-map-label rd-map-note')]),
	];
}

/**
 * A zone label centred at `at` would cross its outline when the text is wider than the room:
 * beside the outline, align it to the outline's side, just clear of it; inside an outline too
 * narrow for it, put it under the outline.
 */
function offOutline(
	at: Point,
	width: number,
	points: readonly Point[],
	ctx: MapContext,
): { x: number; y: number; anchor: TextMark['anchor'] } {
	const [x, y] = at;
	const seen = points.map((p) => applyAffine(ctx.view, p));
	const xs = seen.map(([px]) => px);
	const ys = seen.map(([, py]) => py);
	const [left, right] = [Math.min(...xs), Math.max(...xs)];
	const [top, bottom] = [Math.min(...ys), Math.max(...ys)];
	const beside = y + 2 >= top && y - 10 <= bottom;
	if (beside && x > right && x - width / 2 < right + 4) return { x: right + 4, y, anchor: 'start' };
	if (beside && x < left && x + width / 2 > left - 4) return { x: left - 4, y, anchor: 'end' };
	if (x > left && x < right && width > right - left - 8) {
		return { x: (left + right) / 2, y: bottom + 14, anchor: 'middle' };
	}
	return { x, y, anchor: 'middle' };
}

/** A place's dot (`place-<id>`) and label (`place-<id>-label`). */
export function placeMarks(place: SeaMapPlace, ctx: MapContext): Mark[] {
	const [x, y] = applyAffine(ctx.view, ctx.project(place.lon, place.lat));
	const opacity = emphasis(place.id, ctx.focus);
	// The two accounts of the seizure lie a few pixels apart at sea scale: name them only
	// in the close-up or when a step asks for them.
	const crowded = place.kind === 'claim' && ctx.zoom === 'sea' && !ctx.focus.includes(place.id);
	const offset = LABEL_OFFSET[place.labelAt];
	const label = { x: x + offset.dx, y: y + offset.dy };
	if (ctx.fitLabels && inside(ctx.map, x, y)) {
		const width = estimateTextWidth(place.name);
		const [from, to] = EXTENT[offset.anchor];
		label.x = clamp(label.x, ctx.map.x - from * width, ctx.map.x + ctx.map.width - to * width);
		label.y = clamp(label.y, ctx.map.y + 12, ctx.map.y + ctx.map.height - 5);
	}
	return [
		{
			kind: 'circle',
			key: `place-${place.id}`,
			className: `rd-map-place rd-map-place--${place.kind}`,
			layer: 'data',
			cx: x,
			cy: y,
			r: place.kind === 'port' ? 3.5 : 3,
			opacity,
		},
		{
			kind: 'text',
			key: `place-${place.id}-label`,
			className: 'rd-map-label',
			layer: 'data',
			x: label.x,
			y: label.y,
			text: place.name,
			anchor: offset.anchor,
			opacity: crowded ? 0 : opacity,
		},
	];
}

const LABEL_OFFSET = {
	n: { dx: 0, dy: -7, anchor: 'middle' },
	e: { dx: 6, dy: 4, anchor: 'start' },
	s: { dx: 0, dy: 14, anchor: 'middle' },
	w: { dx: -6, dy: 4, anchor: 'end' },
} as const satisfies Record<
	SeaMapPlace['labelAt'],
	{ dx: number; dy: number; anchor: TextMark['anchor'] }
>;

/** Where a label of width 1 starts and ends, from its x, by anchor. */
const EXTENT = { start: [0, 1], middle: [-0.5, 0.5], end: [-1, 0] } as const;

function inside(box: Box, x: number, y: number): boolean {
	return x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(Math.max(value, min), max);
}

function zoneOutline(zone: SeaMapZone, ctx: MapContext): Ring {
	const { shape } = zone;
	if (shape.kind === 'polygon') {
		return { points: shape.points.map((p) => ctx.project(p.lon, p.lat)), closed: true };
	}
	const km = shape.radius.value * KM_PER_UNIT[shape.radius.unit];
	const ring =
		geoCircle()
			.center([shape.centre.lon, shape.centre.lat])
			.radius(((km / EARTH_RADIUS_KM) * 180) / Math.PI)
			.precision(CIRCLE_STEP)().coordinates[0] ?? [];
	// geoCircle repeats the first point at the end; `z` closes the ring instead.
	return {
		points: ring.slice(0, -1).map(([lon = 0, lat = 0]) => ctx.project(lon, lat)),
		closed: true,
	};
}

/** The map area (in base coordinates) with a margin: the outer ring of "outside" shading. */
function coverRing(map: Box): Ring {
	const [x0, y0, x1, y1] = [map.x - 4, map.y - 4, map.x + map.width + 4, map.y + map.height + 4];
	const points: Point[] = [
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
	];
	return { points, closed: true };
}

/** The ring's points wound against the cover ring, so the non-zero fill rule leaves a hole. */
function against(ring: Ring, map: Box): readonly Point[] {
	const same = Math.sign(ringArea(ring.points)) === Math.sign(ringArea(coverRing(map).points));
	return same ? [...ring.points].reverse() : ring.points;
}
