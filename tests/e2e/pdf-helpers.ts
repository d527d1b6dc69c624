import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a test reads from a built PDF edition. */
export interface PdfEdition {
	readonly pages: number;
	/** All its text, with every space and line break taken out (lines wrap differently). */
	readonly text: string;
	readonly info: Readonly<Record<string, unknown>>;
	/** The titles of the outline's entries, at every depth. */
	readonly outline: readonly string[];
}

/**
 * Text without whitespace, so wrapped lines and spacing never decide a match, and in Latin
 * script only: a machine without a font for another script (Hangul, in one source's title)
 * prints no glyphs a text extractor could read back.
 */
export const squeeze = (text: string): string =>
	text.replace(/\s+|[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/gu, '');

/** Reads `dist/<slug>.pdf` with pdf.js. */
export async function readEdition(slug: string): Promise<PdfEdition> {
	const file = new URL(`../../dist/${slug}.pdf`, import.meta.url);
	const doc = await getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
	let text = '';
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		for (const item of content.items) if ('str' in item) text += item.str;
	}
	type Entry = { title: string; items: Entry[] };
	const titles = (entries: Entry[] | null): string[] =>
		(entries ?? []).flatMap((entry) => [entry.title, ...titles(entry.items)]);
	const { info } = await doc.getMetadata();
	const outline = titles((await doc.getOutline()) as Entry[] | null);
	const pages = doc.numPages;
	await doc.destroy();
	return { pages, text: squeeze(text), info: info as Record<string, unknown>, outline };
}

/** Each section of the page as built: its title; each endnote's number, label, first paragraph. */
export async function notesOnPage(
	page: Page,
	path: string,
): Promise<{ title: string; notes: { number: number; label: string; text: string }[] }[]> {
	await page.goto(path);
	return page.locator('section.rd-section').evaluateAll((sections) =>
		sections.map((section) => ({
			title: section.querySelector('h2')?.textContent?.trim() ?? '',
			// A note's first paragraph after its label: the PDF runs its paragraphs on.
			notes: [...section.querySelectorAll('.rd-endnotes li')].map((li, i) => ({
				number: i + 1,
				label: li.querySelector('.rd-note-label')?.textContent?.trim() ?? '',
				text: li.querySelector('.rd-note-label + p')?.textContent ?? '',
			})),
		})),
	);
}

/**
 * The edition holds every section heading in order and, after each, every note of the section
 * with its number, its kind's label and the start of its text; then the bibliography.
 */
export async function expectCompleteEdition(
	page: Page,
	slug: string,
	edition: PdfEdition,
): Promise<void> {
	const sections = await notesOnPage(page, `/${slug}/`);
	expect(sections.length).toBeGreaterThan(0);
	// Past the contents page, which names every section too.
	let at = edition.text.indexOf(squeeze(sections.at(-1)?.title ?? ''));
	for (const section of sections) {
		at = edition.text.indexOf(squeeze(section.title), at + 1);
		expect(at, `heading "${section.title}"`).toBeGreaterThan(-1);
		for (const note of section.notes) {
			const marker = squeeze(`${note.number}.${note.label.toUpperCase()}`);
			at = edition.text.indexOf(marker, at);
			expect(at, `note ${note.number} of "${section.title}"`).toBeGreaterThan(-1);
			const start = squeeze(note.text).slice(0, 30);
			expect(start.length, `note ${note.number} of "${section.title}" has text`).toBeGreaterThan(0);
			expect(edition.text.indexOf(start, at), `note text "${start}"`).toBeGreaterThan(-1);
		}
	}
	const sources = await page
		.locator('.rd-bibliography li')
		.evaluateAll((items) => items.map((li) => li.textContent ?? ''));
	expect(sources.length).toBeGreaterThan(0);
	at = edition.text.indexOf('Sources', at);
	for (const source of sources) {
		const start = squeeze(source).slice(0, 30);
		expect(edition.text.indexOf(start, at), `source "${start}"`).toBeGreaterThan(-1);
	}
}
