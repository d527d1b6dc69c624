import { z } from 'astro/zod';

/** How a prediction fared: it held, events overtook it, the record is mixed, or it is still open. */
export const Verdict = z.enum(['held', 'overtaken', 'mixed', 'open']);
export type Verdict = z.infer<typeof Verdict>;

/** One prediction of the essay and what happened to it. */
export const Prediction = z.strictObject({
	/** The prediction's id in the research file: P1, P2 … */
	id: z.string().regex(/^P[1-7]$/, { error: 'use a prediction id from P1 to P7' }),
	/** The prediction in a few words, drawn in its row. */
	short: z.string().min(1).max(48),
	/** The prediction in one sentence, paraphrased from the essay (for the table). */
	claim: z.string().min(1),
	/** How it fared, per the research file's scorecard. */
	verdict: Verdict,
	/** What happened, in one line, drawn under the prediction once its verdict is revealed. */
	evidence: z.string().min(1).max(76),
	/** Sources for what happened: author, title, outlet, date or document number (no mirror URLs). */
	source: z.string().min(1),
});
export type Prediction = z.infer<typeof Prediction>;

/** The `data` of a scorecard chart file. */
export const ScorecardData = z
	.strictObject({
		/** Predictions in the order the rows are drawn and revealed. */
		predictions: z.array(Prediction).min(1).max(7),
	})
	.superRefine((data, ctx) => {
		const seen = new Set<string>();
		data.predictions.forEach((prediction, i) => {
			if (seen.has(prediction.id)) {
				ctx.addIssue({
					code: 'custom',
					path: ['predictions', i, 'id'],
					message: `"${prediction.id}" is already used; ids must be unique`,
				});
			}
			seen.add(prediction.id);
		});
	});
export type ScorecardData = z.infer<typeof ScorecardData>;
