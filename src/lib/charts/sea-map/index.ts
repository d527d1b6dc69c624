import type { ChartType } from '../chart-type';
import { layoutSeaMap } from './layout';
import { SeaMapData } from './data';
import { SeaMapState } from './state';
import { tableSeaMap } from './table';

/** The 'sea-map' chart: the Pueblo crisis on a map of the Sea of Japan, with a 1968 day strip. */
export const seaMap: ChartType<SeaMapData, SeaMapState> = {
	data: SeaMapData,
	state: SeaMapState,
	layout: layoutSeaMap,
	table: tableSeaMap,
};

export { layoutSeaMap, SeaMapData, SeaMapState, tableSeaMap };
