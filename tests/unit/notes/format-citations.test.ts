import { beforeAll, describe, expect, it } from 'vitest';
import { citeThisPage, createCitationFormatter } from '../../../src/lib/notes/format-citations';
import type { CslItem } from '../../../src/lib/notes/csl-schema';
import { COLD_LOAD_MS, warmCitations } from '../warm-caches';

beforeAll(warmCitations, COLD_LOAD_MS);

const items: CslItem[] = [
	{
		id: 'mobley2001pueblo',
		type: 'article-journal',
		title: 'Pueblo: A Retrospective',
		author: [{ family: 'Mobley', given: 'Richard A.' }],
		'container-title': 'Naval War College Review',
		volume: '54',
		issue: '2',
		issued: { 'date-parts': [[2001]] },
	},
	{
		id: 'moscowtimes2015kremlin',
		type: 'article-newspaper',
		title: 'Kremlin: North Korea’s Kim Jong Un Will Not Attend Victory Day Parade',
		'container-title': 'The Moscow Times',
		issued: { 'date-parts': [[2015, 4, 30]] },
		URL: 'https://www.themoscowtimes.com/2015/04/30/kremlin',
	},
];

describe('createCitationFormatter', () => {
	const format = createCitationFormatter(items);

	it('note(key) gives the Chicago short note', () => {
		expect(format.note('mobley2001pueblo')).toBe('Mobley, “Pueblo: A Retrospective.”');
	});

	it('bibliography(keys) gives full Chicago entries in alphabetical order, with links', () => {
		expect(format.bibliography(['moscowtimes2015kremlin', 'mobley2001pueblo'])).toEqual([
			{
				id: 'mobley2001pueblo',
				html: 'Mobley, Richard A. “Pueblo: A Retrospective.” <i>Naval War College Review</i> 54, no. 2 (2001).',
			},
			{
				id: 'moscowtimes2015kremlin',
				html: '<i>The Moscow Times</i>. “Kremlin: North Korea’s Kim Jong Un Will Not Attend Victory Day Parade.” April 30, 2015. <a href="https://www.themoscowtimes.com/2015/04/30/kremlin">https://www.themoscowtimes.com/2015/04/30/kremlin</a>.',
			},
		]);
	});

	it('bibliography([]) is empty', () => {
		expect(format.bibliography([])).toEqual([]);
	});
});

describe('citeThisPage', () => {
	it('citeThisPage(item) gives a Chicago entry and BibTeX for the page', () => {
		const { chicago, bibtex } = citeThisPage({
			id: 'readings2026moscow',
			type: 'webpage',
			title: 'Moscow, Pyongyang and the mirror of Washington',
			'container-title': 'Annotated readings',
			issued: { 'date-parts': [[2026, 11, 29]] },
			URL: 'https://example.org/essay/',
		});
		expect(chicago).toBe(
			'Annotated readings. “Moscow, Pyongyang and the Mirror of Washington,” November 29, 2026. <a href="https://example.org/essay/">https://example.org/essay/</a>.',
		);
		expect(bibtex).toMatch(/^@misc\{readings2026moscow,/);
		expect(bibtex).toContain('title = {Moscow, {Pyongyang} and the mirror of {Washington}}');
		expect(bibtex).toContain('url = {https://example.org/essay/}');
	});

	it("citeThisPage(item) writes BibTeX's month as its bare three-letter macro, e.g. month = feb", () => {
		const { bibtex } = citeThisPage({
			id: 'readings2015putin',
			type: 'webpage',
			title: 'A page',
			issued: { 'date-parts': [[2015, 2, 6]] },
		});
		expect(bibtex).toMatch(/^\s*month = feb,?$/m);
		expect(bibtex).toMatch(/^\s*year = \{?2015\}?,?$/m);
	});
});
