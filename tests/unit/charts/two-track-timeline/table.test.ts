import { expect, test } from 'vitest';
import { twoTrackTimelineTable } from '../../../../src/lib/charts/two-track-timeline/table';
import { data } from './fixture';

test('twoTrackTimelineTable(data) lists periods and events in date order with their sources', () => {
	const table = twoTrackTimelineTable(data);
	expect(table.columns).toEqual(['When', 'Track', 'What', 'Coding', 'Source']);
	expect(table.rows.map((row) => row.slice(0, 1).concat(row.slice(3)))).toEqual([
		['6 Jul 1961', 'Not tested', 'E1'],
		['1962–1968', 'Mixed', 'S1'],
		['23 Jan 1968', 'Fits the pattern', 'E2'],
		['1969–1979', 'Détente', 'S2'],
		['May 1984', 'Mixed record', 'E3'],
		['1985–1991', 'Détente', 'S3'],
		['30 Sep 1990', 'Fits the pattern', 'E4'],
	]);
});
