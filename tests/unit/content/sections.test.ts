import { describe, expect, it } from 'vitest';
import { dataTableFigures, figureNumbers, sectionsOf } from '../../../src/lib/content/sections';
import { sectionIdFromPath } from '../../../src/lib/content/section-id';

const entry = (file: string, shortTitle = file) => ({
	id: file,
	filePath: `content/articles/${file}`,
	data: { title: shortTitle, shortTitle },
});

describe('sectionsOf', () => {
	it('sectionsOf(entries, article) orders one article’s sections by their number', () => {
		const placed = sectionsOf(
			[entry('essay/02-second.mdx'), entry('other/01-elsewhere.mdx'), entry('essay/01-first.mdx')],
			'essay',
		);
		expect(placed.map((s) => [s.number, s.slug])).toEqual([
			[1, 'first'],
			[2, 'second'],
		]);
	});

	it('sectionsOf(entries, article) links each section to its neighbours', () => {
		const [first, second] = sectionsOf(
			[entry('essay/01-a.mdx', 'A'), entry('essay/05-b.mdx', 'B')],
			'essay',
		);
		expect(first?.previous).toBeUndefined();
		expect(first?.next).toEqual({ slug: 'b', shortTitle: 'B' });
		expect(second?.previous).toEqual({ slug: 'a', shortTitle: 'A' });
		expect(second?.next).toBeUndefined();
	});

	it('sectionsOf(entries, article) names both files when two share a number', () => {
		expect(() => sectionsOf([entry('essay/01-a.mdx'), entry('essay/01-b.mdx')], 'essay')).toThrow(
			/essay\/01-b\.mdx: its number 01 is also used by content\/articles\/essay\/01-a\.mdx/,
		);
	});
});

describe('sectionIdFromPath', () => {
	it('sectionIdFromPath("essay/03-the-crash.mdx") reads article, order and slug', () => {
		expect(sectionIdFromPath('essay/03-the-crash.mdx')).toEqual({
			id: 'essay/the-crash',
			article: 'essay',
			slug: 'the-crash',
			order: 3,
		});
	});

	it('sectionIdFromPath rejects a file without a two-digit number, saying how to name it', () => {
		expect(() => sectionIdFromPath('essay/3-crash.mdx')).toThrow(/two-digit order/);
	});
});

describe('figure numbering', () => {
	it('sectionsOf(entries, article) numbers figures on through the article, by first step', () => {
		const withBody = (file: string, body: string) => ({ ...entry(file), body });
		const placed = sectionsOf(
			[
				withBody('essay/01-a.mdx', '<Scrolly chart="x">\n<Step id="a1" state={{ n: 1 }}>'),
				withBody('essay/02-b.mdx', 'No figure here.'),
				withBody(
					'essay/03-c.mdx',
					'<Scrolly chart="y"><Step\n  state={{ n: 2 }}\n  id="c1" description="x > y">' +
						'<Step id="c2"></Scrolly> then <Scrolly chart="z"><Step description="a id=\'b\'" id="c3">',
				),
				withBody('essay/04-d.mdx', '<Scrolly\n  chart="w"><Step id={name}></Scrolly>'),
			],
			'essay',
		);
		expect(placed.map((s) => s.figures)).toEqual([
			[{ number: 1, firstStep: 'a1', chart: 'x' }],
			[],
			[
				{ number: 2, firstStep: 'c1', chart: 'y' },
				{ number: 3, firstStep: 'c3', chart: 'z' },
			],
			[{ number: 4, firstStep: undefined, chart: 'w' }],
		]);
	});
});

describe('dataTableFigures', () => {
	it('dataTableFigures(sections) gives each chart the first figure that shows it', () => {
		const figure = (number: number, chart: string | undefined) => ({
			number,
			firstStep: undefined,
			chart,
		});
		const sections = [
			{ figures: [figure(1, 'pattern'), figure(2, 'map')] },
			{ figures: [figure(3, 'pattern'), figure(4, undefined)] },
		];
		expect([...dataTableFigures(sections)]).toEqual([
			['pattern', 1],
			['map', 2],
		]);
	});
});

describe('figureNumbers', () => {
	it('figureNumbers(sections) maps each figure’s first step to its number, skipping unknown ones', () => {
		const sections = [
			{ figures: [{ number: 1, firstStep: 'a1', chart: undefined }] },
			{
				figures: [
					{ number: 2, firstStep: undefined, chart: undefined },
					{ number: 3, firstStep: 'c1', chart: undefined },
				],
			},
		];
		expect([...figureNumbers(sections)]).toEqual([
			['a1', 1],
			['c1', 3],
		]);
	});
});
