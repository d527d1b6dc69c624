import { z } from 'astro/zod';
import { Day1968 } from './data';

/** What one scroll step asks the sea map to show. */
export const SeaMapState = z
	.object({
		/** Ids of places and zones to emphasise; the others are dimmed. Empty: nothing is dimmed. */
		focus: z.array(z.string().min(1)).default([]),
		/** The strip's cursor: a day of 1968, `YYYY-MM-DD`. */
		day: Day1968,
		/** Framing: the whole sea, or the close-up of the waters off Wonsan. */
		zoom: z.enum(['sea', 'wonsan']).default('sea'),
	})
	.strict();

/** A parsed sea-map step state. */
export type SeaMapState = z.infer<typeof SeaMapState>;
