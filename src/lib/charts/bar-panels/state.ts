import { z } from 'astro/zod';

/** Debt parts a step can highlight. */
export const DEBT_KEYS = ['written-off', 'remaining', 'market-value'] as const;

/** What one scroll step asks the bar panels to show. */
export const BarPanelsState = z
	.object({
		/**
		 * 'debt': the settlement; 'trade-soviet': the rouble panel; 'trade-russia': the dollar panel;
		 * 'both': the two trade panels side by side, each on its own scale.
		 */
		view: z.enum(['debt', 'trade-soviet', 'trade-russia', 'both']),
		/** Years (bars) or debt parts to emphasise; the rest of the view is dimmed. Empty: none. */
		highlight: z
			.array(z.union([z.number().int().min(1900).max(2100), z.enum(DEBT_KEYS)]))
			.default([]),
	})
	.strict();

/** A parsed bar-panels step state. */
export type BarPanelsState = z.infer<typeof BarPanelsState>;
/** One of the four views. */
export type BarPanelsView = BarPanelsState['view'];
/** A highlight key. */
export type Highlight = BarPanelsState['highlight'][number];
