import { describe, expect, test } from 'vitest';
import { formatIssues } from '../../../../src/lib/util/format-issues';
import { ScorecardData } from '../../../../src/lib/charts/scorecard/data';
import { ScorecardState } from '../../../../src/lib/charts/scorecard/state';

const row = {
	id: 'P1',
	short: 'One',
	claim: 'Claim.',
	verdict: 'held',
	evidence: 'E',
	source: 'S',
};

describe('ScorecardData', () => {
	test('rejects unknown verdicts and ids outside P1–P7', () => {
		const result = ScorecardData.safeParse({
			predictions: [row, { ...row, id: 'P8', verdict: 'right' }],
		});
		expect(result.success ? 'valid' : formatIssues(result.error)).toMatchInlineSnapshot(`
			"  - predictions[1].id: use a prediction id from P1 to P7
			  - predictions[1].verdict: Invalid option: expected one of "held"|"overtaken"|"mixed"|"open""
		`);
	});

	test('rejects repeated ids', () => {
		const result = ScorecardData.safeParse({ predictions: [row, { ...row, short: 'Again' }] });
		expect(result.success ? 'valid' : formatIssues(result.error)).toMatchInlineSnapshot(
			`"  - predictions[1].id: "P1" is already used; ids must be unique"`,
		);
	});
});

describe('ScorecardState', () => {
	test('defaults focus to null and bounds revealed to 0–7', () => {
		expect(ScorecardState.parse({ revealed: 0 })).toEqual({ focus: null, revealed: 0 });
		const result = ScorecardState.safeParse({ focus: 'P9', revealed: 8 });
		expect(result.success ? 'valid' : formatIssues(result.error)).toMatchInlineSnapshot(`
			"  - focus: Invalid option: expected one of "P1"|"P2"|"P3"|"P4"|"P5"|"P6"|"P7"
			  - revealed: Too big: expected number to be <=7"
		`);
	});
});
