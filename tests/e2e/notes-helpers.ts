import { readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

const KINDS = ['source', 'context', 'fact-check', 'hindsight'] as const;

/** Notes of each kind as an article's MDX sources write them. */
export function kindsOnDisk(slug: string): Record<string, number> {
	const dir = new URL(`../../content/articles/${slug}/`, import.meta.url);
	const text = readdirSync(dir)
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => readFileSync(new URL(file, dir), 'utf8'))
		.join('\n');
	const counts: Record<string, number> = { source: text.match(/<Cite\b/g)?.length ?? 0 };
	for (const kind of KINDS.slice(1)) {
		counts[kind] = text.match(new RegExp(`<Note\\b[^>]*kind="${kind}"`, 'g'))?.length ?? 0;
	}
	return counts;
}

/** Note markers on the page, by kind. */
export async function markerCounts(page: Page): Promise<Record<string, number>> {
	return page.locator('a.rd-note-ref').evaluateAll((markers) => {
		const counts: Record<string, number> = { source: 0, context: 0, 'fact-check': 0, hindsight: 0 };
		for (const m of markers)
			counts[(m as HTMLElement).dataset['kind'] ?? ''] =
				(counts[(m as HTMLElement).dataset['kind'] ?? ''] ?? 0) + 1;
		return counts;
	});
}

/**
 * Broken links between markers, notes and the bibliography on the page: a marker without its
 * note, a note without its way back, a citation without its entry, a backlink to nowhere.
 */
export async function noteLinkProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		for (const marker of document.querySelectorAll<HTMLAnchorElement>('a.rd-note-ref')) {
			const id = marker.dataset['note'];
			const note = document.getElementById(`note-${id}`);
			if (marker.id !== `ref-${id}`) found.push(`marker ${id} has id ${marker.id}`);
			if (!note) found.push(`no note for marker ${id}`);
			else if (!note.querySelector(`a.rd-note-back[href="#ref-${id}"]`))
				found.push(`note ${id} has no back link`);
		}
		for (const link of document.querySelectorAll<HTMLAnchorElement>(
			'.rd-endnotes a[href^="#source-"]',
		)) {
			if (!document.querySelector(`#sources ${link.hash.replace(/([^\w#-])/g, '\\$1')}`))
				found.push(`no entry for ${link.hash}`);
		}
		for (const back of document.querySelectorAll<HTMLAnchorElement>('.rd-cited-in a')) {
			if (!document.getElementById(back.hash.slice(1)))
				found.push(`bibliography backlink ${back.hash} leads nowhere`);
		}
		return found;
	});
}

/**
 * Checks the page's sidenotes at a wide `width`: each sits in the margin right of the text,
 * inside the window, near its marker, and overlaps no other sidenote and no figure.
 */
export async function expectSidenotesClear(
	page: Page,
	width: number,
	label: string,
): Promise<void> {
	const sidenotes = page.locator('.rd-sidenote');
	await expect(page.locator('.rd-sidenote:not([hidden])').first()).toBeVisible();
	const boxes = await sidenotes.evaluateAll((els) =>
		els
			.filter((el) => !(el as HTMLElement).hidden)
			.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
	);
	const figures = await page
		.locator('reader-scrolly')
		.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
	const text = await page.locator('.rd-prose').first().boundingBox();
	const height = page.viewportSize()?.height ?? 0;
	const overlaps = (a: DOMRect, b: DOMRect) =>
		a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
	const drift = await sidenotes.evaluateAll((els) =>
		els
			.filter((el) => !(el as HTMLElement).hidden)
			.map((el) => {
				const marker = document.getElementById(`ref-${el.id.replace(/^side-/, '')}`);
				return el.getBoundingClientRect().top - (marker?.getBoundingClientRect().top ?? 0);
			}),
	);
	for (const shift of drift)
		expect(shift, 'a sidenote stays near its marker').toBeLessThanOrEqual(height * 0.6 + 1);
	for (const [i, box] of boxes.entries()) {
		expect(box.left, 'a sidenote sits right of the text').toBeGreaterThan(
			(text?.x ?? 0) + (text?.width ?? 0),
		);
		expect(box.right, 'inside the window').toBeLessThanOrEqual(width);
		for (const other of boxes.slice(i + 1))
			expect(overlaps(box, other), `${label} sidenotes ${i}`).toBe(false);
		for (const figure of figures)
			expect(overlaps(box, figure), `${label} sidenote ${i} vs figure`).toBe(false);
	}
}

/** Where the page's prose notes (those outside scrollies) are shown at the current width. */
export interface MarginShare {
	/** Prose notes on the page, and how many of them sit in the margin. */
	readonly prose: number;
	readonly inMargin: number;
	/** Each margin note's distance from its marker's line, in CSS pixels, smallest first. */
	readonly offsets: readonly number[];
}

/** How many prose notes sit in the margin, and how far from their markers' lines. */
export async function marginShare(page: Page): Promise<MarginShare> {
	await expect(page.locator('.rd-sidenote:not([hidden])').first()).toBeVisible();
	return page.locator('.rd-text a.rd-note-ref').evaluateAll((markers) => {
		const prose = markers.filter((marker) => !marker.closest('reader-scrolly'));
		const offsets = prose.flatMap((marker) => {
			const side = document.getElementById(`side-${(marker as HTMLElement).dataset['note']}`);
			if (!side || side.hidden) return [];
			return [Math.abs(side.getBoundingClientRect().top - marker.getBoundingClientRect().top)];
		});
		return {
			prose: prose.length,
			inMargin: offsets.length,
			offsets: offsets.sort((a, b) => a - b),
		};
	});
}

/** The `p`-quantile of sorted `values` (nearest rank). */
export function quantile(values: readonly number[], p: number): number {
	return values[Math.max(0, Math.ceil(p * values.length) - 1)] ?? NaN;
}
