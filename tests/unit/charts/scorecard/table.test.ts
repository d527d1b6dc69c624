import { expect, test } from 'vitest';
import { ScorecardData } from '../../../../src/lib/charts/scorecard/data';
import { scorecardTable } from '../../../../src/lib/charts/scorecard/table';

test('scorecardTable(data) lists each prediction with its verdict, evidence and source', () => {
	const data = ScorecardData.parse({
		predictions: [
			{ id: 'P5', short: 'Spoiler', claim: 'Claim.', verdict: 'held', evidence: 'E', source: 'S' },
		],
	});
	expect(scorecardTable(data)).toEqual({
		caption: 'The essay’s predictions against what happened, with sources',
		columns: ['ID', 'Prediction (paraphrased)', 'Verdict', 'What happened', 'Source'],
		rows: [['P5', 'Claim.', 'Held', 'E', 'S']],
	});
});
