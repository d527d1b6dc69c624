import type { DataTable } from '../chart-type';
import type { SeaMapData, SeaMapZone } from './data';
import { longDate } from './strip';

/** Places, zones and the day list as one table: kind, what, where or when, and source. */
export function tableSeaMap(data: SeaMapData): DataTable {
	return {
		caption: 'Places, zones and events on the map of the Pueblo crisis, 1968, with sources',
		columns: ['Kind', 'Name or event', 'Position or date', 'Source'],
		rows: [
			...data.places.map((p) => [
				KIND[p.kind],
				p.name,
				`${p.approximate ? '≈ ' : ''}${degrees(p.lat, 'N', 'S')}, ${degrees(p.lon, 'E', 'W')}`,
				p.source,
			]),
			...data.zones.map((z) => [
				'Zone',
				[z.label, z.detail].filter(Boolean).join(': '),
				zoneExtent(z),
				z.source,
			]),
			...data.days.map((d) => ['Event', d.label, longDate(d.date), d.source]),
		],
	};
}

const KIND = { port: 'Port', point: 'Place', claim: 'Claimed position' } as const;

/** 39.15 → "39°09.0′ N" (degrees and decimal minutes, the way the accounts give them). */
function degrees(value: number, positive: string, negative: string): string {
	const abs = Math.abs(value);
	let whole = Math.floor(abs);
	let minutes = Math.round((abs - whole) * 600) / 10;
	if (minutes >= 60) [whole, minutes] = [whole + 1, 0];
	return `${whole}°${minutes.toFixed(1).padStart(4, '0')}′ ${value < 0 ? negative : positive}`;
}

function zoneExtent(zone: SeaMapZone): string {
	const { shape } = zone;
	if (shape.kind === 'polygon') return `Polygon of ${shape.points.length} points`;
	const centre = `${degrees(shape.centre.lat, 'N', 'S')}, ${degrees(shape.centre.lon, 'E', 'W')}`;
	const side = zone.shade === 'outside' ? 'beyond' : 'within';
	return `${side} ${shape.radius.value} ${UNIT[shape.radius.unit]} of ${centre}`;
}

const UNIT = { nm: 'nautical miles', km: 'km', mi: 'miles' } as const;
