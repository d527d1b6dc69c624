import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { twoTrackTimeline } from '../../src/lib/charts/two-track-timeline';
import { fractionalYear } from '../../src/lib/charts/two-track-timeline/dates';
import { chartData } from '../unit/charts/read-chart';

const pattern = twoTrackTimeline.data.parse(chartData('putin-and-the-hermit-kingdom', 'pattern'));

/**
 * Which way each event moved Moscow and Pyongyang: toward each other, apart (or Moscow working
 * with Washington), or both at once. The chart's note states the rule these feed.
 */
const DIRECTION: Readonly<Record<string, 'toward' | 'apart' | 'both'>> = {
	'alliance-treaty-1961': 'toward',
	'pueblo-seizure': 'toward',
	'kim-in-moscow': 'toward',
	'npt-accession': 'both',
	'trade-peak': 'toward',
	'seoul-recognition': 'apart',
	'treaty-lapse': 'apart',
	'friendship-treaty-2000': 'both',
	'putin-in-pyongyang-2000': 'toward',
	'moscow-declaration': 'toward',
	'six-party-talks': 'both',
	'ulan-ude-summit': 'toward',
	'debt-deal-signed': 'toward',
	'trade-rise-2013': 'toward',
	'debt-deal-ratified': 'toward',
	'trade-fall-2014': 'apart',
	'sanctions-vote-2016': 'apart',
	'sanctions-votes-2017': 'apart',
	'vladivostok-summit': 'toward',
	'sanctions-veto-2022': 'toward',
	'vostochny-summit': 'toward',
	'panel-veto-2024': 'toward',
	'partnership-treaty-2024': 'toward',
	'troops-to-russia': 'toward',
};

/** The rule in the chart's note. */
function expectedFit(code: string | undefined, direction: 'toward' | 'apart' | 'both'): string {
	if (code === undefined) return 'untested';
	if (code === 'mixed' || direction === 'both') return 'mixed';
	const fitsWhenToward = code === 'confrontation';
	return (direction === 'toward') === fitsWhenToward ? 'fits' : 'breaks';
}

describe('the pattern chart', () => {
	test('states its coding rule in the note', () => {
		const file = new URL(
			'../../content/articles/putin-and-the-hermit-kingdom/charts/pattern.json',
			import.meta.url,
		);
		const chart: { note?: string } = JSON.parse(readFileSync(file, 'utf8'));
		expect(chart.note).toMatch(/confrontation period and breaks it in a détente/);
	});

	test.each(pattern.events.map((event) => [event.id, event] as const))(
		'codes %s by the rule in its note',
		(id, event) => {
			const direction = DIRECTION[id];
			expect(direction, `add ${id} to DIRECTION`).toBeDefined();
			const year = fractionalYear(event.date);
			const code = pattern.periods.find((p) => p.from <= year && year < p.to)?.code;
			expect(event.fit).toBe(expectedFit(code, direction ?? 'both'));
		},
	);
});
