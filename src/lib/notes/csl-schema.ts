import { z } from 'astro/zod';

const Name = z.union([
	z.strictObject({
		/** Family name, e.g. "Mobley". */
		family: z.string().min(1),
		/** Given names, e.g. "Richard A.". */
		given: z.string().min(1).optional(),
	}),
	/** An organisation or a name that must not be split, e.g. "Central Intelligence Agency". */
	z.strictObject({ literal: z.string().min(1) }),
]);

const CslDate = z.union([
	/** `[[year, month?, day?]]`. */
	z.strictObject({
		'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).length(1),
	}),
	/** Free text, only where a date cannot be given as parts. */
	z.strictObject({ literal: z.string().min(1) }),
]);

/**
 * One source in CSL-JSON, the format reference managers export (Zotero: Export → CSL JSON).
 * Only the fields the Chicago style uses are allowed, so a typo fails the build.
 */
export const CslItem = z.strictObject({
	/** Citekey: first author (or outlet) + year + first word, e.g. `mobley2001pueblo`. */
	id: z
		.string()
		.regex(
			/^[a-z0-9][a-z0-9-]*$/,
			'use lowercase letters, digits and hyphens, e.g. mobley2001pueblo',
		),
	/** CSL item type. */
	type: z.enum([
		'article-newspaper',
		'article-magazine',
		'article-journal',
		'webpage',
		'post-weblog',
		'report',
		'book',
		'chapter',
		'document',
		'legislation',
		'treaty',
		'speech',
		'interview',
		'broadcast',
		'thesis',
		'manuscript',
		'pamphlet',
	]),
	/** Title in the source's own language. */
	title: z.string().min(1).optional(),
	/** What short notes print instead of the title, where titles repeat (e.g. FRUS documents). */
	'title-short': z.string().min(1).optional(),
	author: z.array(Name).optional(),
	editor: z.array(Name).optional(),
	/** Publication date, as precise as known. */
	issued: CslDate.optional(),
	/** Newspaper, journal, website or volume the item appears in. */
	'container-title': z.string().min(1).optional(),
	/** Series, e.g. "Foreign Relations of the United States". */
	'collection-title': z.string().min(1).optional(),
	volume: z.string().min(1).optional(),
	issue: z.string().min(1).optional(),
	page: z.string().min(1).optional(),
	/** Document or report number, e.g. "SC/15648". */
	number: z.string().min(1).optional(),
	publisher: z.string().min(1).optional(),
	'publisher-place': z.string().min(1).optional(),
	/** The publisher's own address; never a mirror's. */
	URL: z.url().optional(),
	/** When a web page was consulted. */
	accessed: CslDate.optional(),
	/** Kind of document, e.g. "Press release SC/15648", "Intelligence assessment". */
	genre: z.string().min(1).optional(),
	medium: z.string().min(1).optional(),
	/** Language code of a non-English source, e.g. "ko". */
	language: z.string().min(2).optional(),
	/** Caveats shown with the entry, e.g. "State media", "Headline reconstructed from the URL". */
	note: z.string().min(1).optional(),
});
export type CslItem = z.infer<typeof CslItem>;
