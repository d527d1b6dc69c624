import type { DataTable } from '../chart-type';
import type { TwoTrackTimelineData } from './data';
import { formatDate, fractionalYear } from './dates';
import { FIT_LABELS } from './legend';

const CODES = { confrontation: 'Confrontation', detente: 'Détente', mixed: 'Mixed' } as const;

/** Both tracks as one table in date order: periods with their coding, events with their fit. */
export function twoTrackTimelineTable(data: TwoTrackTimelineData): DataTable {
	const rows = [
		...data.periods.map((period) => ({
			at: period.from,
			cells: [
				yearRange(period.from, period.to),
				'US–Soviet/Russian relations',
				period.label,
				CODES[period.code],
				period.source,
			],
		})),
		...data.events.map((event) => ({
			at: fractionalYear(event.date),
			cells: [
				formatDate(event.date),
				'Moscow–Pyongyang',
				event.label,
				FIT_LABELS[event.fit],
				event.source,
			],
		})),
	];
	return {
		caption: 'US–Soviet/Russian relations by period, and Moscow–Pyongyang events, with sources',
		columns: ['When', 'Track', 'What', 'Coding', 'Source'],
		rows: rows.sort((a, b) => a.at - b.at).map((row) => row.cells),
	};
}

/** `1969–1979` for a period running from 1969 to 1980 (exclusive). */
function yearRange(from: number, to: number): string {
	const first = Math.floor(from);
	const last = Math.ceil(to) - 1;
	return first === last ? String(first) : `${first}–${last}`;
}
