import type { ChartType } from '../chart-type';
import { layoutBarPanels } from './layout';
import { BarPanelsData } from './data';
import { BarPanelsState } from './state';
import { tableBarPanels } from './table';

/** The 'bar-panels' chart: the Soviet-era debt settlement, and trade in one panel per unit. */
export const barPanels: ChartType<BarPanelsData, BarPanelsState> = {
	data: BarPanelsData,
	state: BarPanelsState,
	layout: layoutBarPanels,
	table: tableBarPanels,
};

export { BarPanelsData, BarPanelsState, layoutBarPanels, tableBarPanels };
