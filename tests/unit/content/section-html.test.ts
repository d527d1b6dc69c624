import { describe, expect, it } from 'vitest';
import { FIGURE_NUMBER, finishSectionHtml } from '../../../src/lib/content/section-html';

describe('finishSectionHtml', () => {
	it('finishSectionHtml(html, section) numbers each scrolly’s figures in document order', () => {
		const scrolly = `<reader-scrolly><b>Figure ${FIGURE_NUMBER}.</b> Step ${FIGURE_NUMBER}a</reader-scrolly>`;
		const html = `<p>Intro</p>${scrolly}<p>Between</p>${scrolly}`;
		expect(finishSectionHtml(html, { slug: 's', firstFigure: 4, noteCount: 0 })).toBe(
			'<p>Intro</p><reader-scrolly><b>Figure 4.</b> Step 4a</reader-scrolly><p>Between</p>' +
				'<reader-scrolly><b>Figure 5.</b> Step 5a</reader-scrolly>',
		);
	});
});
