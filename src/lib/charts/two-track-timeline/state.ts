import { z } from 'astro/zod';

/** What one scroll step asks the two-track timeline to show. */
export const TwoTrackTimelineState = z
	.strictObject({
		/** First year in view, from 1 January. */
		from: z.number().int().min(1900).max(2100),
		/** Last year in view, to 31 December. */
		to: z.number().int().min(1900).max(2100),
		/** Event ids and period codes (confrontation, detente, mixed) to emphasise; the rest dims. */
		highlight: z.array(z.string().min(1)).default([]),
		/** Colour events by whether they fit the pattern, break it, or are mixed. */
		showFit: z.boolean().default(false),
	})
	.refine((state) => state.from < state.to, { error: 'from must be before to', path: ['to'] });
export type TwoTrackTimelineState = z.infer<typeof TwoTrackTimelineState>;
