import type { Cases } from '../../golden/golden-charts';

/**
 * Golden cases for the essay's charts, by chart file (`content/articles/<essay>/charts/<chart>.json`):
 * the states to render, by case name. Each case becomes `output/<chart>--<case>.svg` and
 * `…--compact.svg`. They catch a change of the engine that shows only with the essay's full data;
 * an edit to a chart's data changes them on purpose: review the diff, then replace the file.
 */
export const essayStates: Readonly<Record<string, Cases>> = {
	pattern: {
		overview: { from: 1961, to: 2026 },
		'pueblo-1968': { from: 1961, to: 1972, highlight: ['pueblo-seizure'] },
		'thaw-breaks': {
			from: 1980,
			to: 2003,
			highlight: ['detente', 'kim-in-moscow', 'trade-peak', 'seoul-recognition'],
			showFit: true,
		},
		'since-2012': {
			from: 2010,
			to: 2026,
			highlight: ['sanctions-vote-2016', 'sanctions-veto-2022', 'partnership-treaty-2024'],
			showFit: true,
		},
	},
	scorecard: {
		'none-revealed': { revealed: 0 },
		'focus-p3': { focus: 'P3', revealed: 3 },
		'all-revealed': { revealed: 7 },
	},
	pueblo: {
		seizure: { day: '1968-01-23', zoom: 'wonsan', focus: ['wonsan', 'us-claim', 'dprk-claim'] },
		'kosygin-complains': { day: '1968-02-03', focus: ['enterprise'] },
		release: { day: '1968-12-23', focus: ['panmunjom'] },
	},
	lifeline: {
		debt: { view: 'debt' },
		'market-value': { view: 'debt', highlight: ['market-value'] },
		both: { view: 'both' },
		'trade-2013': { view: 'trade-russia', highlight: [2013] },
	},
};
