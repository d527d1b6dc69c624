import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstFigureSvg, thumbnailSvg } from '../../../src/lib/embed/thumbnail';

const styles = {
	tokensCss: readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8'),
	chartsCss: readFileSync(new URL('../../../src/styles/charts.css', import.meta.url), 'utf8'),
};
const chart =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 400" class="rd-chart"><svg class="rd-data"><path class="rd-grid" d="M0 0"/></svg><g class="rd-frame"><text class="rd-axis-label">1968</text></g></svg>';

describe('firstFigureSvg', () => {
	it('takes the live chart of the first scrolly, nested plot area and all', () => {
		const html = `<p>Text</p><figure class="rd-scrolly__figure"><figcaption>Figure 1.</figcaption>${chart}</figure><li><svg class="rd-chart">step</svg></li>`;
		expect(firstFigureSvg(html)).toBe(chart);
	});

	it('finds nothing in a section without a scrolly', () => {
		expect(firstFigureSvg('<p>Only text, with an <svg></svg> icon.</p>')).toBeUndefined();
	});
});

describe('thumbnailSvg', () => {
	const card = {
		kicker: 'Figure 2',
		title: 'The Pueblo affair, 1968',
		summary: 'A summary.',
		credit: 'From an annotated reading',
	};

	it('draws the figure beside the title, its classes resolved to light-theme colours', () => {
		const svg = thumbnailSvg({ ...card, figureSvg: chart }, styles);
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1200" height="630"/);
		expect(svg).toContain('>FIGURE 2</text>');
		expect(svg).toMatch(/<svg x="\d+" y="[\d.]+" width="[\d.]+" height="[\d.]+" xmlns/);
		expect(svg).toContain(
			'<path class="rd-grid" d="M0 0" style="stroke:#d9d3c5;stroke-width:1;fill:none"/>',
		);
		expect(svg).not.toContain('var(');
		expect(svg).not.toContain('A summary.');
	});

	it('sets the title and summary in type when there is no figure', () => {
		const svg = thumbnailSvg(card, styles);
		expect(svg).toContain('>The Pueblo affair, 1968</text>');
		expect(svg).toContain('>A summary.</text>');
		expect(svg).not.toContain('rd-chart');
	});
});
