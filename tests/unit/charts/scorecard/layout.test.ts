import { describe, expect, test } from 'vitest';
import { ScorecardData } from '../../../../src/lib/charts/scorecard/data';
import { layoutScorecard } from '../../../../src/lib/charts/scorecard/layout';
import { ScorecardState } from '../../../../src/lib/charts/scorecard/state';
import type { Frame } from '../../../../src/lib/charts/chart-type';
import type { Mark, Scene } from '../../../../src/lib/charts/scene';

const data = ScorecardData.parse({
	predictions: [
		{ id: 'P1', short: 'One', claim: 'Claim one.', verdict: 'open', evidence: 'E1', source: 'S1' },
		{ id: 'P2', short: 'Two', claim: 'Claim two.', verdict: 'mixed', evidence: 'E2', source: 'S2' },
		{
			id: 'P3',
			short: 'Three',
			claim: 'Claim three.',
			verdict: 'overtaken',
			evidence: 'E3',
			source: 'S3',
		},
	],
});
const layout = (state: unknown, frame: Frame = 'wide') =>
	layoutScorecard(data, ScorecardState.parse(state), frame);
function mark(scene: Scene, key: string): Mark {
	const found = scene.marks.find((m) => m.key === key);
	if (!found) throw new Error(`no mark ${key}`);
	return found;
}
const keys = (scene: Scene) => scene.marks.map((m) => `${m.kind}:${m.key}`);

describe('layoutScorecard', () => {
	test('layoutScorecard(data, state) draws a row per prediction with the same marks in every state', () => {
		const scenes = [
			{ revealed: 0 },
			{ focus: 'P2', revealed: 2 },
			{ focus: 'P3', revealed: 7 },
		].map((s) => layout(s));
		const [first, ...rest] = scenes;
		expect(keys(first as Scene).filter((key) => key.startsWith('rect:row-P1'))).toEqual([
			'rect:row-P1',
			'rect:row-P1-chip',
		]);
		for (const scene of rest) expect(keys(scene)).toEqual(keys(first as Scene));
	});

	test('layoutScorecard(data, state) splits the plot into equal rows, top to bottom', () => {
		const scene = layout({ revealed: 0 });
		const tops = ['P1', 'P2', 'P3'].map((id) => {
			const row = mark(scene, `row-${id}`);
			return row.kind === 'rect' ? row.y : NaN;
		});
		expect(tops).toEqual([34, 154, 274]);
	});

	test('layoutScorecard(data, state) shows verdicts and evidence for the first `revealed` rows only', () => {
		const scene = layout({ revealed: 1 });
		expect(mark(scene, 'row-P1-chip').className).toBe('rd-chip rd-chip--open');
		expect(mark(scene, 'row-P1-verdict')).toMatchObject({ text: 'Open' });
		expect(mark(scene, 'row-P1-evidence')).toMatchObject({ text: 'E1', opacity: 1 });
		expect(mark(scene, 'row-P2-chip').className).toBe('rd-chip rd-chip--pending');
		expect(mark(scene, 'row-P2-verdict')).toMatchObject({ text: '?' });
		expect(mark(scene, 'row-P2-evidence')).toMatchObject({ opacity: 0 });
	});

	test('layoutScorecard(data, state) emphasises the row in focus and dims the others', () => {
		const scene = layout({ focus: 'P2', revealed: 3 });
		expect(mark(scene, 'row-P2')).toMatchObject({ className: 'rd-row rd-highlight', opacity: 1 });
		expect(mark(scene, 'row-P2-short')).toMatchObject({ opacity: 1 });
		expect(mark(scene, 'row-P1')).toMatchObject({ className: 'rd-row', opacity: 0.35 });
		expect(mark(scene, 'row-P3-verdict')).toMatchObject({ text: 'Overtaken', opacity: 0.35 });
	});

	test('layoutScorecard(data, state) describes the state in one sentence', () => {
		const scene = layout({ focus: 'P2', revealed: 2 });
		expect(scene.title).toBe('The essay’s predictions and what happened: 2 of 3 verdicts shown');
		expect(scene.description).toMatchInlineSnapshot(
			`"3 predictions from the essay; verdicts shown: P1 open, P2 mixed; in focus: P2, “Two”, which has a mixed record: E2."`,
		);
		expect(layout({ focus: 'P3', revealed: 0 }).description).toMatchInlineSnapshot(
			`"3 predictions from the essay; no verdicts shown yet; in focus: P3, “Three”."`,
		);
	});

	test('layoutScorecard(data, state) throws when focus names a prediction the data lack', () => {
		expect(() => layout({ focus: 'P7', revealed: 0 })).toThrowErrorMatchingInlineSnapshot(
			`[Error: focus "P7" is not a prediction in this chart; use one of: P1, P2, P3, or null]`,
		);
	});
});
