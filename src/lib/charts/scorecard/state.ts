import { z } from 'astro/zod';

/** What one scroll step asks the scorecard to show. */
export const ScorecardState = z.strictObject({
	/** The prediction to emphasise (the other rows dim), or null for none. */
	focus: z.enum(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']).nullable().default(null),
	/** How many rows, from the top, show their verdict and evidence. */
	revealed: z.number().int().min(0).max(7),
});
export type ScorecardState = z.infer<typeof ScorecardState>;
