import type { Cases } from './golden-charts';

/**
 * Golden cases by chart type: the states to render the kitchen sink's chart of that type in
 * (`content/articles/kitchen-sink/charts/`). Each case becomes `output/<type>--<case>.svg` and
 * `…--compact.svg`. A chart type without an entry here, or without a chart in the kitchen sink,
 * fails the golden test, so a new type gets cases when it lands.
 */
export const chartStates: Readonly<Record<string, Cases>> = {
	'two-track-timeline': {
		overview: { from: 1960, to: 2020 },
		zoomed: { from: 1961, to: 1972, highlight: ['pueblo-seizure'], showFit: true },
		// A period code and events highlighted together, one of them breaking the pattern.
		'period-and-events': {
			from: 1980,
			to: 2003,
			highlight: ['detente', 'kim-in-moscow', 'trade-peak', 'seoul-recognition'],
			showFit: true,
		},
		// A span that reaches past the last event, up to the present.
		'to-today': { from: 2010, to: 2026, highlight: ['confrontation'], showFit: true },
	},
	scorecard: {
		'none-revealed': { revealed: 0 },
		'focus-p2': { focus: 'P2', revealed: 2 },
		'all-revealed': { revealed: 4 },
	},
	'sea-map': {
		// A zone shaded outside its ring, in focus with a port.
		'kosygin-complains': { day: '1968-02-03', focus: ['enterprise', 'wonsan'] },
		seizure: { day: '1968-01-23', zoom: 'wonsan', focus: ['wonsan', 'us-claim', 'dprk-claim'] },
		release: { day: '1968-12-23', focus: ['panmunjom'] },
	},
	'bar-panels': {
		debt: { view: 'debt' },
		'market-value': { view: 'debt', highlight: ['market-value'] },
		'trade-soviet': { view: 'trade-soviet', highlight: [1988] },
		'trade-2013': { view: 'trade-russia', highlight: [2013] },
		'both-2013': { view: 'both', highlight: [2013] },
	},
};
