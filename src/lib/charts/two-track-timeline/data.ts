import { z } from 'astro/zod';
import { isCalendarDate } from './dates';

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** How US–Soviet/Russian relations are coded for a period (FACTS §4.5: C, D, M). */
export const RelationsCode = z.enum(['confrontation', 'detente', 'mixed']);
export type RelationsCode = z.infer<typeof RelationsCode>;

/** How an event sits with the essay's thesis; `untested` is outside the coded periods. */
export const PatternFit = z.enum(['fits', 'breaks', 'mixed', 'untested']);
export type PatternFit = z.infer<typeof PatternFit>;

const PartialDate = z
	.string()
	.refine(isCalendarDate, { error: 'use a real date written YYYY, YYYY-MM or YYYY-MM-DD' });

/** One coded stretch of US–Soviet/Russian relations (the top track). */
export const Period = z
	.strictObject({
		/** Start, in fractional years: 1985 is 1 January 1985, 2014.2 is early March 2014. */
		from: z.number(),
		/** End, exclusive, in fractional years: a period "1969–1979" runs from 1969 to 1980. */
		to: z.number(),
		/** How relations are coded in this period. */
		code: RelationsCode,
		/** A few words naming what marks the period, e.g. "Nixon–Brezhnev détente". */
		label: z.string().min(1),
		/** The source of the coding: author, title, outlet, date (never a mirror's URL). */
		source: z.string().min(1),
	})
	.refine((period) => period.from < period.to, { error: 'from must be before to', path: ['to'] });
export type Period = z.infer<typeof Period>;

/** One dated Moscow–Pyongyang event (the bottom track). */
export const TimelineEvent = z.strictObject({
	/** Stable kebab-case id; steps name it in `highlight`. */
	id: z.string().regex(KEBAB_ID, { error: 'use a kebab-case id, e.g. pueblo-seizure' }),
	/** When it happened, as precisely as the record allows. */
	date: PartialDate,
	/** A short noun phrase, drawn beside the dot when highlighted. */
	label: z.string().min(1).max(40),
	/** Whether the event fits the essay's pattern, breaks it, or is mixed. */
	fit: PatternFit,
	/** The source: author, title, outlet, date or document number (never a mirror's URL). */
	source: z.string().min(1),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** A dated vertical line across both tracks, e.g. when the essay was written. */
export const TimelineMarker = z.strictObject({
	/** Stable kebab-case id. */
	id: z.string().regex(KEBAB_ID, { error: 'use a kebab-case id, e.g. essay-written' }),
	/** Where the line goes. */
	date: PartialDate,
	/** Drawn beside the line, e.g. "Essay, Feb 2015". */
	label: z.string().min(1).max(30),
});
export type TimelineMarker = z.infer<typeof TimelineMarker>;

/** The `data` of a two-track-timeline chart file. */
export const TwoTrackTimelineData = z
	.strictObject({
		/** Coded periods, in order and not overlapping (gaps are allowed). */
		periods: z.array(Period).min(1),
		/** Dated events, in any order. */
		events: z.array(TimelineEvent).min(1),
		/** Dated lines across both tracks. */
		markers: z.array(TimelineMarker).default([]),
	})
	.superRefine((data, ctx) => {
		data.periods.forEach((period, i) => {
			const previous = data.periods[i - 1];
			if (previous && period.from < previous.to) {
				ctx.addIssue({
					code: 'custom',
					path: ['periods', i, 'from'],
					message: `starts before the previous period ends (${previous.to}); keep periods in order and not overlapping`,
				});
			}
		});
		const seen = new Set<string>(RelationsCode.options);
		for (const [list, items] of [
			['events', data.events],
			['markers', data.markers],
		] as const) {
			items.forEach((item, i) => {
				if (seen.has(item.id)) {
					ctx.addIssue({
						code: 'custom',
						path: [list, i, 'id'],
						message: `"${item.id}" is already used (ids must be unique and differ from period codes)`,
					});
				}
				seen.add(item.id);
			});
		}
	});
export type TwoTrackTimelineData = z.infer<typeof TwoTrackTimelineData>;
