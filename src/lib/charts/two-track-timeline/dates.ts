/** A date at the precision the record allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

interface DateParts {
	readonly year: number;
	readonly month?: number;
	readonly day?: number;
}

/** True when `date` matches `PARTIAL_DATE` and names a real month and day (no 2023-02-30). */
export function isCalendarDate(date: string): boolean {
	const parts = parse(date);
	if (!parts) return false;
	const { year, month = 1, day = 1 } = parts;
	const utc = new Date(Date.UTC(year, month - 1, day));
	return (
		utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day
	);
}

/**
 * The middle of the year, month or day a partial date names, in fractional years:
 * `fractionalYear('1968')` is 1968.5 and `fractionalYear('1968-01-23')` about 1968.06.
 */
export function fractionalYear(date: string): number {
	const { year, month, day } = parseOrThrow(date);
	const start = Date.UTC(year, 0, 1);
	const length = Date.UTC(year + 1, 0, 1) - start;
	if (month === undefined) return year + 0.5;
	const from = Date.UTC(year, month - 1, day ?? 1);
	const to = day === undefined ? Date.UTC(year, month, 1) : from + DAY_MS;
	return year + ((from + to) / 2 - start) / length;
}

/** The year a partial date falls in. */
export function yearOf(date: string): number {
	return parseOrThrow(date).year;
}

/** A partial date for readers: `1968`, `Jan 1968` or `23 Jan 1968`. */
export function formatDate(date: string): string {
	const { year, month, day } = parseOrThrow(date);
	const monthName = month === undefined ? undefined : MONTHS[month - 1];
	return [day, monthName, year].filter((part) => part !== undefined).join(' ');
}

function parse(date: string): DateParts | undefined {
	const match = PARTIAL_DATE.exec(date);
	if (!match) return undefined;
	const [, year = '', month, day] = match;
	return {
		year: Number(year),
		...(month === undefined ? {} : { month: Number(month) }),
		...(day === undefined ? {} : { day: Number(day) }),
	};
}

function parseOrThrow(date: string): DateParts {
	const parts = parse(date);
	if (!parts) throw new Error(`"${date}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`);
	return parts;
}
