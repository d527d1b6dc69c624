import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	barPanels,
	type BarPanelsData,
	type BarPanelsState,
} from '../../../../src/lib/charts/bar-panels';
import { DIM } from '../../../../src/lib/charts/bar-panels/frames';
import type { Frame } from '../../../../src/lib/charts/chart-type';
import type { Mark, RectMark, Scene } from '../../../../src/lib/charts/scene';

const read = (path: string): { data: Record<string, unknown> } =>
	JSON.parse(readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8'));
const fixture = barPanels.data.parse(read('content/articles/kitchen-sink/charts/bars.json').data);

type Input = Partial<BarPanelsState> & Pick<BarPanelsState, 'view'>;
const layout = (data: BarPanelsData, input: Input, frame: Frame = 'wide'): Scene =>
	barPanels.layout(data, barPanels.state.parse(input), frame);

function mark(scene: Scene, key: string): Mark {
	const found = scene.marks.find((m) => m.key === key);
	if (!found) throw new Error(`no mark ${key}`);
	return found;
}
function rect(scene: Scene, key: string): RectMark {
	const m = mark(scene, key);
	if (m.kind !== 'rect') throw new Error(`${key} is a ${m.kind}`);
	return m;
}
const text = (scene: Scene, key: string) => {
	const m = mark(scene, key);
	return m.kind === 'text' ? m.text : '';
};

const VIEWS: Input[] = [
	{ view: 'debt' },
	{ view: 'debt', highlight: ['remaining'] },
	{ view: 'trade-soviet' },
	{ view: 'trade-russia', highlight: [2013] },
	{ view: 'both', highlight: [1989, 2012] },
];

describe('layoutBarPanels(fixture, state)', () => {
	const debt = layout(fixture, { view: 'debt' });
	const russia = layout(fixture, { view: 'trade-russia' });
	const both = layout(fixture, { view: 'both' });

	test('has every mark of every view, under the same keys, in every state', () => {
		const keysOf = (s: Scene) => s.marks.map((m) => m.key).sort();
		expect(keysOf(debt)).toEqual(
			expect.arrayContaining([
				'debt-written-off',
				'debt-remaining',
				'debt-market-value',
				'debt-title',
				'bar-soviet-1989',
				'bar-soviet-1989-value',
				'bar-soviet-1989-year',
				'bar-russia-2012',
				'bar-russia-2013',
				'gap-russia-2021',
				'gap-russia-2021-line-1',
				'panel-soviet-title',
				'panel-russia-tick-0',
				'source-line',
			]),
		);
		for (const input of VIEWS) expect(keysOf(layout(fixture, input))).toEqual(keysOf(debt));
		expect(new Set(keysOf(debt)).size).toBe(debt.marks.length);
	});

	test('debt view: the segments split the agreed total, and the trade bars lie flat and hidden', () => {
		const off = rect(debt, 'debt-written-off');
		const left = rect(debt, 'debt-remaining');
		expect(off.x + off.width).toBeCloseTo(left.x);
		expect(off.width / (off.width + left.width)).toBeCloseTo(9.87 / 10.96, 3);
		expect(rect(debt, 'debt-market-value').width / (off.width + left.width)).toBeCloseTo(
			0.238 / 10.96,
			3,
		);
		expect(text(debt, 'debt-written-off-label')).toBe('Written off: ≈ $9.87 bn (about 90%)');
		expect(text(debt, 'debt-market-value-label')).toBe(
			'≈ $238 m: the same debt at market exchange rates',
		);
		expect(rect(debt, 'bar-russia-2013')).toMatchObject({ height: 0, opacity: 0 });
	});

	test('single-panel view: bar heights follow the values, the other panel and the debt fade out', () => {
		const a = rect(russia, 'bar-russia-2012');
		const b = rect(russia, 'bar-russia-2013');
		expect(a.y + a.height).toBeCloseTo(b.y + b.height);
		expect(a.height / b.height).toBeCloseTo(38.8 / 112.7, 3);
		expect(a.opacity).toBe(1);
		expect(rect(russia, 'bar-soviet-1989').opacity).toBe(0);
		expect(rect(russia, 'debt-written-off')).toMatchObject({ width: 0, opacity: 0 });
		expect(text(russia, 'panel-russia-title')).toBe('Russian trade (m USD)');
	});

	test('marks estimates and part-year figures, and annotates a gap instead of drawing a number', () => {
		expect(rect(debt, 'debt-written-off').className).toContain('rd-bar--estimate');
		expect(rect(russia, 'bar-russia-2012').className).toContain('rd-bar--partial');
		expect(text(russia, 'bar-russia-2012-year')).toBe('2012*');
		expect(text(russia, 'gap-russia-2021-line-1')).toBe('near zero,');
		expect(text(russia, 'gap-russia-2021-line-2')).toBe('unverified');
		expect(russia.marks.some((m) => m.key === 'bar-russia-2021')).toBe(false);
		expect(text(russia, 'bar-russia-2015-value')).toBe('≈83.2');
		expect(text(russia, 'bar-russia-2014-value')).toBe('92.34');
	});

	test('both view: two frames side by side, each with its own unit and scale', () => {
		const soviet = rect(both, 'bar-soviet-1989');
		const dollars = rect(both, 'bar-russia-2012');
		expect(soviet.opacity).toBe(1);
		expect(dollars.opacity).toBe(1);
		expect(soviet.x + soviet.width).toBeLessThan(dollars.x);
		const ticks = (panel: string) =>
			both.marks
				.filter((m) => m.key.startsWith(`panel-${panel}-tick-`))
				.map((m) => (m.kind === 'text' ? m.text : ''));
		expect(ticks('soviet')).toEqual(['0', '0.5', '1', '1.5', '2']);
		expect(ticks('russia')).toEqual(['0', '20', '40', '60', '80', '100', '120']);
		expect(text(both, 'panel-soviet-title')).toBe('USSR (bn roubles)');
		expect(text(both, 'source-line')).toBe(
			'Separate scales: Soviet-era roubles and dollars cannot be compared directly.',
		);
	});

	test('highlight keeps the named figures and dims the rest, and names their sources', () => {
		const s = layout(fixture, { view: 'trade-russia', highlight: [2013] });
		expect(rect(s, 'bar-russia-2013')).toMatchObject({ opacity: 1 });
		expect(rect(s, 'bar-russia-2013').className).toContain('rd-bar--highlight');
		expect(rect(s, 'bar-russia-2012').opacity).toBe(DIM);
		expect(mark(s, 'panel-russia-title').opacity).toBe(1);
		expect(text(s, 'source-line')).toBe(
			'Source: 2013: Russian government (Galushka) via Reuters, 5 June 2014.',
		);
		const d = layout(fixture, { view: 'debt', highlight: ['remaining'] });
		expect(rect(d, 'debt-written-off').opacity).toBe(DIM);
		expect(rect(d, 'debt-remaining').opacity).toBe(1);
		expect(text(d, 'source-line')).toBe('Source: remaining: Reuters, 19 April 2014.');
	});

	test('titles and describes each view in one sentence, every figure in words', () => {
		expect(russia.title).toBe('Russian trade by year (m USD)');
		expect(russia.description).toBe(
			'Russian trade: $38.8 m in 2012 (part of the year), $112.7 m in 2013, $92.34 m in 2014 and about $83.2 m in 2015, with no figure drawn for 2016–17 (no full-year figure) and 2021 (near zero, unverified).',
		);
		expect(debt.description).toBe(
			'Of $10.96 bn of Soviet-era debt agreed on 17 September 2012, about $9.87 bn was written off and $1.09 bn is to be repaid over 20 years; valued at market exchange rates, the whole debt was worth about $238 m.',
		);
		const views: Input[] = [
			{ view: 'debt' },
			{ view: 'trade-soviet' },
			{ view: 'trade-russia' },
			{ view: 'both' },
		];
		for (const input of views) {
			const { description } = layout(fixture, input);
			expect(description).toMatch(/\.$/);
			expect(description.slice(0, -1)).not.toMatch(/[.!?]\s/);
		}
	});

	test('fails loudly on a highlight with no bar', () => {
		expect(() => layout(fixture, { view: 'both', highlight: [2017] })).toThrow(
			'bar-panels: highlight names 2017, which has no bar. Years with bars: 1988, 1989, 2012, 2013, 2014, 2015.',
		);
	});
});

describe('BarPanelsData and BarPanelsState', () => {
	const raw = () => read('content/articles/kitchen-sink/charts/bars.json').data;
	const issues = (data: unknown) => {
		const result = barPanels.data.safeParse(data);
		return result.success ? [] : result.error.issues.map((i) => i.message);
	};
	const panels = (data: Record<string, unknown>) => data.panels as Record<string, unknown>[];

	test('accepts the fixture', () => {
		expect(issues(raw())).toEqual([]);
		expect(fixture.panels.map((p) => p.unit)).toEqual(['bn roubles', 'm USD']);
	});

	test('rejects debt parts that do not add up', () => {
		const data = raw();
		(data.debt as { remaining: { value: number } }).remaining.value = 2;
		expect(issues(data)).toContain('debt: writtenOff + remaining must add up to total.');
	});

	test('rejects two panels in one unit, and a URL for a source', () => {
		const data = raw();
		const [first] = panels(data);
		data.panels = [first, { ...first, id: 'other' }];
		expect(issues(data)).toContain('Give each unit its own single panel.');
		const withUrl = raw();
		(withUrl.debt as { total: { source: string } }).total.source =
			'http://in.reuters.com/article/x';
		expect(issues(withUrl)).toContain('Name the source instead of giving a URL.');
	});

	test('rejects a gap over a year that has a bar', () => {
		const data = raw();
		const russia = panels(data)[1] ?? {};
		russia.gaps = [{ from: 2013, to: 2014, label: 'gap', source: 'NK News, March 2022' }];
		expect(issues(data)).toContain(
			'Panel "russia": 2013 is covered twice (by two bars, or a bar and a gap).',
		);
	});

	test('state: a view is required, highlight defaults to none, unknown keys fail', () => {
		expect(barPanels.state.parse({ view: 'both' })).toEqual({ view: 'both', highlight: [] });
		expect(barPanels.state.safeParse({}).success).toBe(false);
		expect(barPanels.state.safeParse({ view: 'trade' }).success).toBe(false);
		expect(barPanels.state.safeParse({ view: 'debt', highlight: ['forgiven'] }).success).toBe(
			false,
		);
		expect(barPanels.state.safeParse({ view: 'debt', zoom: 'sea' }).success).toBe(false);
	});

	test('a single-panel view whose panel is missing fails with a hint', () => {
		const data = raw();
		data.panels = [panels(data)[1]];
		expect(() => layout(barPanels.data.parse(data), { view: 'trade-soviet' })).toThrow(
			'bar-panels: view "trade-soviet" needs a panel in bn roubles, and the data has none.',
		);
	});
});

describe('tableBarPanels(data)', () => {
	test('lists every figure with its unit, estimate flag and source', () => {
		const table = barPanels.table(fixture);
		expect(table.columns).toEqual(['Figure', 'Value', 'Unit', 'Status', 'Source']);
		const bars = fixture.panels.flatMap((p) => [...p.bars, ...p.gaps]).length;
		expect(table.rows).toHaveLength(4 + bars);
		expect(table.rows).toContainEqual([
			'Written off',
			'9.87',
			'bn USD',
			'Estimate',
			expect.stringContaining('Reuters'),
		]);
		expect(table.rows).toContainEqual([
			'Soviet trade, 1988',
			'1.6',
			'bn roubles',
			'Estimate',
			expect.stringContaining('Hankyung'),
		]);
		expect(table.rows).toContainEqual([
			'Russian trade, 2014',
			'92.34',
			'm USD',
			'Reported',
			'KOTRA via Yonhap',
		]);
		expect(table.rows).toContainEqual([
			'Russian trade, 2016–17',
			'—',
			'm USD',
			'no full-year figure',
			expect.any(String),
		]);
		for (const row of table.rows) expect(row[4]).not.toMatch(/https?:/);
	});
});
