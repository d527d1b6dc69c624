import { describe, expect, it } from 'vitest';
import { finishSection } from '../../../src/lib/section/finish-section';

/** What NoteMarker.astro renders for one note: an unnumbered marker, then its endnote. */
const note = (kind: string, body: string, id?: string) =>
	`<a class="rd-note-ref" data-kind="${kind}"${id ? ` data-note="${id}"` : ''}></a>` +
	`<template data-note-body><li data-kind="${kind}"><p class="rd-note-label">Label</p>${body} <a class="rd-note-back">↩</a></li></template>`;

describe('finishSection', () => {
	it('finishSection(html, section) numbers markers in reading order and gives citations their ids', () => {
		const html =
			`<p>One.${note('source', '<p>Mobley.</p>')} Two.${note('context', '<p>Who.</p>', 'who')}</p>` +
			`<ol><li data-step-id="s"><p>Three.${note('source', '<p>Time.</p>')}</p></li></ol>`;
		const { html: text, endnotes } = finishSection(html, { slug: 'pueblo', noteCount: 3 });
		expect(text).toBe(
			'<p>One.<a class="rd-note-ref" href="#note-cite-pueblo-1" id="ref-cite-pueblo-1" data-kind="source" data-note="cite-pueblo-1" aria-label="Source note 1">1</a>' +
				' Two.<a class="rd-note-ref" href="#note-who" id="ref-who" data-kind="context" data-note="who" aria-label="Context note 2">2</a></p>' +
				'<ol><li data-step-id="s"><p>Three.<a class="rd-note-ref" href="#note-cite-pueblo-2" id="ref-cite-pueblo-2" data-kind="source" data-note="cite-pueblo-2" aria-label="Source note 3">3</a></p></li></ol>',
		);
		expect(endnotes).toBe(
			'<li id="note-cite-pueblo-1" data-kind="source" value="1"><p class="rd-note-label">Label</p><p>Mobley.</p> <a class="rd-note-back" href="#ref-cite-pueblo-1" aria-label="Back to note 1 in the text">↩</a></li>' +
				'<li id="note-who" data-kind="context" value="2"><p class="rd-note-label">Label</p><p>Who.</p> <a class="rd-note-back" href="#ref-who" aria-label="Back to note 2 in the text">↩</a></li>' +
				'<li id="note-cite-pueblo-2" data-kind="source" value="3"><p class="rd-note-label">Label</p><p>Time.</p> <a class="rd-note-back" href="#ref-cite-pueblo-2" aria-label="Back to note 3 in the text">↩</a></li>',
		);
	});

	it('finishSection(html, section) leaves everything but the notes byte for byte', () => {
		const svg = '<svg viewBox="0 0 1 1"><rect data-key="a" x="0"/></svg>';
		const html = `<div hidden data-astro-cid-x>${svg}<script type="application/json">{"a":"\\u003c/p>"}</script></div>`;
		expect(finishSection(html, { slug: 's', noteCount: 0 })).toEqual({ html, endnotes: '' });
	});

	it('finishSection(html, section) numbers a note inside another note’s body after it', () => {
		const html = `<p>A.${note('context', `<p>Outer.${note('source', '<p>Inner.</p>')}</p>`, 'outer')}</p>`;
		const { html: text, endnotes } = finishSection(html, { slug: 's', noteCount: 2 });
		expect(text).toBe(
			'<p>A.<a class="rd-note-ref" href="#note-outer" id="ref-outer" data-kind="context" data-note="outer" aria-label="Context note 1">1</a></p>',
		);
		expect(endnotes).toContain('Outer.<a class="rd-note-ref" href="#note-cite-s-1"');
		expect(endnotes).toContain('<li id="note-cite-s-1" data-kind="source" value="2">');
		expect(endnotes).not.toContain('<template');
	});

	it('finishSection(html, section) fails when the source scan saw a different number of notes', () => {
		expect(() => finishSection(`<p>${note('source', '<p>x</p>')}</p>`, { slug: 's', noteCount: 2 }))
			.toThrowErrorMatchingInlineSnapshot(`
			[Error: section "s" renders 1 notes but its source shows 2. Fix: give <Cite> and <Note> plain string props (id="…") and keep them out of code blocks and expressions.]
		`);
	});

	it('finishSection(html, section) rejects Markdown footnotes, saying what to write instead', () => {
		expect(() =>
			finishSection('<section data-footnotes class="footnotes"></section>', {
				slug: 's',
				noteCount: 0,
			}),
		).toThrow(/uses Markdown footnotes \(\[\^label\]\)\. Fix: write <Cite id="citekey" \/>/);
	});
});
