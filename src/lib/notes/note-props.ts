import { z } from 'astro/zod';
import { VERDICTS } from './note-kinds';

const NoteId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case phrase, e.g. id="pueblo-crew"');
/** Source keys, separated by spaces or commas. */
const Keys = z.string().min(1).optional();

/** The props of <Note>, by kind. Each kind adds what its readers need to judge it. */
export const NoteProps = z.discriminatedUnion('kind', [
	z.strictObject({
		/** Who or what a name is, for a general reader. */
		kind: z.literal('context'),
		/** Stable, kebab-case, unique in the article: the note's deep link `#note-<id>`. */
		id: NoteId,
		/** Sources for the note's content. */
		cite: Keys,
	}),
	z.strictObject({
		/** A check of one of the essay's claims against the record. */
		kind: z.literal('fact-check'),
		id: NoteId,
		/** What the essay said, in a few plain words (no quotation over ten words). */
		claim: z.string().min(1),
		/** The verdict, on FACTS.md's scale. */
		verdict: z.enum(VERDICTS),
		cite: Keys,
	}),
	z.strictObject({
		/** What happened after February 2015 that bears on a claim or prediction. */
		kind: z.literal('hindsight'),
		id: NoteId,
		/** When it happened: YYYY, YYYY-MM or YYYY-MM-DD. */
		date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/, 'use YYYY, YYYY-MM or YYYY-MM-DD'),
		/** The predictions it scores, e.g. "P2 P5". */
		bears: z
			.string()
			.regex(/^P[1-7](?:[\s,]+P[1-7])*$/, 'list predictions like "P2 P5"')
			.optional(),
		cite: Keys,
	}),
]);
export type NoteProps = z.infer<typeof NoteProps>;
