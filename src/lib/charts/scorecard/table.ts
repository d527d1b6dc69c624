import type { DataTable } from '../chart-type';
import type { ScorecardData } from './data';
import { VERDICT_LABELS } from './verdicts';

/** Every prediction with its verdict, what happened and the sources. */
export function scorecardTable(data: ScorecardData): DataTable {
	return {
		caption: 'The essay’s predictions against what happened, with sources',
		columns: ['ID', 'Prediction (paraphrased)', 'Verdict', 'What happened', 'Source'],
		rows: data.predictions.map((p) => [
			p.id,
			p.claim,
			VERDICT_LABELS[p.verdict],
			p.evidence,
			p.source,
		]),
	};
}
