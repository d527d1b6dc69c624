import type { BarPanelsState } from '../../../../src/lib/charts/bar-panels';

export type BarPanelsInput = Partial<BarPanelsState> & Pick<BarPanelsState, 'view'>;

/** Every view of the bar panels, plain and with highlights: any data set should lay them out. */
export const EVERY_VIEW: readonly BarPanelsInput[] = [
	{ view: 'debt' },
	{ view: 'debt', highlight: ['written-off', 'remaining'] },
	{ view: 'debt', highlight: ['market-value'] },
	{ view: 'trade-soviet', highlight: [1988] },
	{ view: 'trade-russia', highlight: [2013, 2014, 2015] },
	{ view: 'trade-russia' },
	{ view: 'trade-soviet' },
	{ view: 'both' },
	{ view: 'both', highlight: [2013] },
];
