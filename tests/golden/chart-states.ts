/**
 * Golden cases: for every chart file `content/articles/<article>/charts/<chart>.json`, the states
 * to render, by case name. Each case becomes `output/<article>--<chart>--<case>.svg`. A chart
 * file without an entry here fails the golden test, so new charts get cases when they land.
 */
export const chartStates: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
	'putin-and-the-hermit-kingdom/pattern': {
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
	'putin-and-the-hermit-kingdom/scorecard': {
		'none-revealed': { revealed: 0 },
		'focus-p3': { focus: 'P3', revealed: 3 },
		'all-revealed': { revealed: 7 },
	},
	'kitchen-sink/timeline': {
		overview: { from: 1960, to: 2020 },
		zoomed: { from: 1961, to: 1972, highlight: ['pueblo-seizure'], showFit: true },
	},
	'kitchen-sink/scorecard': {
		'focus-p2': { focus: 'P2', revealed: 2 },
	},
	'putin-and-the-hermit-kingdom/pueblo': {
		seizure: { day: '1968-01-23', zoom: 'wonsan', focus: ['wonsan', 'us-claim', 'dprk-claim'] },
		'kosygin-complains': { day: '1968-02-03', focus: ['enterprise'] },
		release: { day: '1968-12-23', focus: ['panmunjom'] },
	},
	'putin-and-the-hermit-kingdom/lifeline': {
		debt: { view: 'debt' },
		'market-value': { view: 'debt', highlight: ['market-value'] },
		both: { view: 'both' },
		'trade-2013': { view: 'trade-russia', highlight: [2013] },
	},
	'kitchen-sink/map': {
		'kosygin-complains': { day: '1968-02-03' },
		seizure: { day: '1968-01-23', zoom: 'wonsan', focus: ['us-claim'] },
	},
	'kitchen-sink/bars': {
		debt: { view: 'debt' },
		'both-2013': { view: 'both', highlight: [2013] },
	},
};
