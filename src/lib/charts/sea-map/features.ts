import { geoCircle } from 'd3-geo';
import type { Mark, TextMark } from '../scene';
import { applyAffine, MAP, type Affine, type Point, type Zoom } from './frame';
import { encodeRings, ringArea, type Ring } from './path';
import type { SeaMapPlace, SeaMapZone } from './data';

/** Opacity of places and zones left out of a non-empty focus. */
export const DIM = 0.3;
/** Degrees between the points of a circle zone: 60 points, in every framing. */
const CIRCLE_STEP = 6;
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_UNIT = { km: 1, nm: 1.852, mi: 1.609344 } as const;

/** Everything a feature needs to place itself: base projection, framing and focus. */
export interface Frame {
	readonly project: (lon: number, lat: number) => Point;
	readonly view: Affine;
	readonly zoom: Zoom;
	readonly focus: readonly string[];
}

/** Opacity of an emphasisable feature under the current focus. */
export function emphasis(id: string, focus: readonly string[]): number {
	return focus.length === 0 || focus.includes(id) ? 1 : DIM;
}

/** A zone's shading (`zone-<id>`); drawn under the land, so "outside" shading covers only sea. */
export function zoneFill(zone: SeaMapZone, frame: Frame): Mark {
	const outline = zoneOutline(zone, frame);
	const rings =
		zone.shade === 'inside' ? [outline] : [coverRing(), { ...outline, points: against(outline) }];
	return {
		kind: 'path',
		key: `zone-${zone.id}`,
		className: `rd-map-zone rd-map-zone--${zone.shade}`,
		layer: 'data',
		d: encodeRings(rings, frame.view),
		opacity: emphasis(zone.id, frame.focus),
	};
}

/** A zone's outline and its label lines, drawn above the land. */
export function zoneOverlay(zone: SeaMapZone, frame: Frame): Mark[] {
	const opacity = emphasis(zone.id, frame.focus);
	const [x, y] = applyAffine(frame.view, frame.project(zone.labelAt.lon, zone.labelAt.lat));
	const text = (suffix: string, dy: number, value: string, className: string): TextMark => ({
		kind: 'text',
		key: `zone-${zone.id}-${suffix}`,
		className,
		layer: 'data',
		x,
		y: y + dy,
		text: value,
		anchor: 'middle',
		opacity,
	});
	return [
		{
			kind: 'path',
			key: `zone-${zone.id}-edge`,
			className: 'rd-map-zone-edge',
			layer: 'data',
			d: encodeRings([zoneOutline(zone, frame)], frame.view),
			opacity,
		},
		text('label', 0, zone.label, 'rd-map-label rd-map-label--zone'),
		...(zone.detail === undefined
			? []
			: [text('detail', 13, zone.detail, 'rd-map-label rd-map-note')]),
	];
}

/** A place's dot (`place-<id>`) and label (`place-<id>-label`). */
export function placeMarks(place: SeaMapPlace, frame: Frame): Mark[] {
	const [x, y] = applyAffine(frame.view, frame.project(place.lon, place.lat));
	const opacity = emphasis(place.id, frame.focus);
	// The two accounts of the seizure lie a few pixels apart at sea scale: name them only
	// in the close-up or when a step asks for them.
	const crowded = place.kind === 'claim' && frame.zoom === 'sea' && !frame.focus.includes(place.id);
	const offset = LABEL_OFFSET[place.labelAt];
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
			x: x + offset.dx,
			y: y + offset.dy,
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

function zoneOutline(zone: SeaMapZone, frame: Frame): Ring {
	const { shape } = zone;
	if (shape.kind === 'polygon') {
		return { points: shape.points.map((p) => frame.project(p.lon, p.lat)), closed: true };
	}
	const km = shape.radius.value * KM_PER_UNIT[shape.radius.unit];
	const ring =
		geoCircle()
			.center([shape.centre.lon, shape.centre.lat])
			.radius(((km / EARTH_RADIUS_KM) * 180) / Math.PI)
			.precision(CIRCLE_STEP)().coordinates[0] ?? [];
	// geoCircle repeats the first point at the end; `z` closes the ring instead.
	return {
		points: ring.slice(0, -1).map(([lon = 0, lat = 0]) => frame.project(lon, lat)),
		closed: true,
	};
}

/** The map area (in base coordinates) with a margin: the outer ring of "outside" shading. */
function coverRing(): Ring {
	const [x0, y0, x1, y1] = [MAP.x - 4, MAP.y - 4, MAP.x + MAP.width + 4, MAP.y + MAP.height + 4];
	const points: Point[] = [
		[x0, y0],
		[x1, y0],
		[x1, y1],
		[x0, y1],
	];
	return { points, closed: true };
}

/** The ring's points wound against the cover ring, so the non-zero fill rule leaves a hole. */
function against(ring: Ring): readonly Point[] {
	const same = Math.sign(ringArea(ring.points)) === Math.sign(ringArea(coverRing().points));
	return same ? [...ring.points].reverse() : ring.points;
}
