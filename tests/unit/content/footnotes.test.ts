import { describe, expect, it } from 'vitest';
import { scopeFootnotes } from '../../../src/lib/content/footnotes';

const rendered = `<p>Text.<sup><a href="#user-content-fn-a" id="user-content-fnref-a" data-footnote-ref="true" aria-describedby="footnote-label">1</a></sup></p>
<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>
<ol>
<li id="user-content-fn-a">
<p>A note. <a href="#user-content-fnref-a" data-footnote-backref aria-label="Back to reference 1" class="data-footnote-backref">↩</a></p>
</li>
</ol>
</section>`;

describe('scopeFootnotes', () => {
	it('scopeFootnotes(html, "pueblo") prefixes every note id and the links to them', () => {
		const out = scopeFootnotes(rendered, 'pueblo');
		expect(out).not.toContain('user-content');
		expect(out).toContain('href="#pueblo-fn-a" id="pueblo-fnref-a"');
		expect(out).toContain('<li id="pueblo-fn-a">');
		expect(out).toContain('href="#pueblo-fnref-a"');
		expect(out).toContain('aria-describedby="pueblo-notes"');
	});

	it('scopeFootnotes(html, prefix) makes the hidden label a visible Notes heading', () => {
		expect(scopeFootnotes(rendered, 'x')).toContain(
			'<h3 class="rd-notes-title" id="x-notes">Notes</h3>',
		);
	});

	it('scopeFootnotes(html, prefix) leaves prose that merely mentions footnotes alone', () => {
		const prose = '<p>Footnotes and user-content are words here.</p>';
		expect(scopeFootnotes(prose, 'x')).toBe(prose);
	});
});
