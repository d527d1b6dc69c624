import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ESSAY, ESSAY_SLUG, FIXTURE, failOnConsoleErrors } from './helpers';

const KINDS = ['source', 'context', 'fact-check', 'hindsight'] as const;

/** Notes of each kind as the MDX sources write them. */
function kindsOnDisk(slug: string): Record<string, number> {
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

async function markerCounts(page: Page): Promise<Record<string, number>> {
	return page.locator('a.rd-note-ref').evaluateAll((markers) => {
		const counts: Record<string, number> = { source: 0, context: 0, 'fact-check': 0, hindsight: 0 };
		for (const m of markers)
			counts[(m as HTMLElement).dataset['kind'] ?? ''] =
				(counts[(m as HTMLElement).dataset['kind'] ?? ''] ?? 0) + 1;
		return counts;
	});
}

test.beforeEach(({ page }) => failOnConsoleErrors(page));

for (const [path, slug] of [
	[FIXTURE, 'kitchen-sink'],
	[ESSAY, ESSAY_SLUG],
] as const) {
	test(`${path}: every marker has its note, every note leads back, every citation reaches the bibliography`, async ({
		page,
	}) => {
		await page.goto(path);
		const problems = await page.evaluate(() => {
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
		expect(problems).toEqual([]);
		expect(await page.locator('a.rd-note-ref').count()).toBeGreaterThan(0);
	});

	test(`${path}: the notes of each kind match the content`, async ({ page }) => {
		await page.goto(path);
		expect(await markerCounts(page)).toEqual(kindsOnDisk(slug));
	});
}

test('the essay carries every kind of note, and all eighteen fact-checks', async ({ page }) => {
	await page.goto(ESSAY);
	const counts = await markerCounts(page);
	expect(counts['fact-check']).toBe(18);
	expect(counts['source']).toBeGreaterThanOrEqual(30);
	expect(counts['context']).toBeGreaterThanOrEqual(10);
	expect(counts['hindsight']).toBeGreaterThanOrEqual(7);
	expect(await page.locator('#sources li').count()).toBeGreaterThanOrEqual(40);
});

test('each source note in the bibliography reads as one bracketed sentence', async ({ page }) => {
	await page.goto(ESSAY);
	const notes = await page.locator('#sources .rd-source-note').allTextContents();
	expect(notes.length).toBeGreaterThan(10);
	for (const note of notes) expect(note).toMatch(/^ \(.*[^.][.!?]\)$/);
});

test.describe('on a medium screen notes open as popovers', () => {
	test.use({ viewport: { width: 1024, height: 800 } });

	test('click opens, Escape closes and returns focus to the marker', async ({ page }) => {
		await page.goto(FIXTURE);
		const marker = page.locator('#ref-ks-context');
		await marker.click();
		const popover = page.getByRole('dialog', { name: /Context note 2/ });
		await expect(popover).toBeVisible();
		await expect(popover).toContainText('A fixture context note');
		await expect(marker).toHaveAttribute('aria-expanded', 'true');
		await expect(popover).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(popover).toBeHidden();
		await expect(marker).toBeFocused();
		await expect(marker).toHaveAttribute('aria-expanded', 'false');
	});

	test('a click outside closes it; the pointer can move into it and use its links', async ({
		page,
	}) => {
		await page.goto(FIXTURE);
		await page.locator('#ref-ks-context').click();
		const popover = page.getByRole('dialog');
		await expect(popover).toBeVisible();
		await popover.hover();
		await expect(popover).toBeVisible();
		await popover.getByRole('link').first().click();
		await expect(page).toHaveURL(/#source-/);
		await page.locator('#ref-ks-context').click();
		await expect(popover).toBeVisible();
		await page.mouse.click(5, 400);
		await expect(popover).toBeHidden();
	});

	test('Enter and Space open a note from the keyboard', async ({ page }) => {
		await page.goto(FIXTURE);
		await page.locator('#ref-ks-context').focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('dialog')).toBeVisible();
		await page.keyboard.press('Escape');
		await page.keyboard.press('Space');
		await expect(page.getByRole('dialog')).toBeVisible();
	});
});

test.describe('touch', () => {
	test.use({ viewport: { width: 800, height: 900 }, hasTouch: true, isMobile: true });

	test('a tap opens a note', async ({ page }) => {
		await page.goto(FIXTURE);
		await page.locator('#ref-ks-context').tap();
		await expect(page.getByRole('dialog')).toBeVisible();
	});
});

test.describe('on a phone notes open inline after their paragraph', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a tap shows the note under its paragraph, a second tap hides it', async ({ page }) => {
		await page.goto(FIXTURE);
		const marker = page.locator('#ref-ks-context');
		await marker.click();
		const inline = page.locator('.rd-note-inline');
		await expect(inline).toBeVisible();
		await expect(inline).toContainText('A fixture context note');
		expect(
			await inline.evaluate((el) =>
				el.previousElementSibling?.contains(document.getElementById('ref-ks-context')),
			),
		).toBe(true);
		await marker.click();
		await expect(inline).toHaveCount(0);
	});
});

for (const width of [1440, 1920]) {
	test(`at ${width}px notes sit in the margin and never overlap each other or a figure`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height: 1000 });
		for (const path of [FIXTURE, ESSAY]) {
			await page.goto(path);
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
				expect(shift, 'a sidenote stays near its marker').toBeLessThanOrEqual(1000 * 0.6 + 1);
			for (const [i, box] of boxes.entries()) {
				expect(box.left, 'a sidenote sits right of the text').toBeGreaterThan(
					(text?.x ?? 0) + (text?.width ?? 0),
				);
				expect(box.right, 'inside the window').toBeLessThanOrEqual(width);
				for (const other of boxes.slice(i + 1))
					expect(overlaps(box, other), `${path} sidenotes ${i}`).toBe(false);
				for (const figure of figures)
					expect(overlaps(box, figure), `${path} sidenote ${i} vs figure`).toBe(false);
			}
		}
	});
}

test.describe('hiding a kind of note', () => {
	test('hides exactly those notes, and survives a reload', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(FIXTURE);
		await page.getByRole('checkbox', { name: /What happened next/ }).uncheck();
		await expect(page.locator('a.rd-note-ref[data-kind="hindsight"]')).toBeHidden();
		await expect(page.locator('.rd-sidenote[data-kind="hindsight"]')).toBeHidden();
		await expect(page.locator('a.rd-note-ref[data-kind="context"]').first()).toBeVisible();
		await expect(page).toHaveURL(/\?hide=hindsight/);
		await page.goto(FIXTURE);
		await expect(page.locator('a.rd-note-ref[data-kind="hindsight"]')).toBeHidden();
		await expect(page.getByRole('checkbox', { name: /What happened next/ })).not.toBeChecked();
	});

	test('a shared address with ?hide= opens with those kinds hidden', async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${baseURL}${FIXTURE}?hide=context,fact-check`);
		await expect(page.locator('a.rd-note-ref[data-kind="context"]')).toBeHidden();
		await expect(page.locator('a.rd-note-ref[data-kind="fact-check"]')).toBeHidden();
		await expect(page.locator('a.rd-note-ref[data-kind="source"]').first()).toBeVisible();
		await expect(page.getByRole('checkbox', { name: /Context/ })).not.toBeChecked();
		await context.close();
	});
});

test('a deep link to a note opens it', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 800 });
	await page.goto(`${FIXTURE}#note-ks-factcheck`);
	await expect(page.getByRole('dialog')).toContainText('The essay:');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each section ends with its numbered notes, linked both ways', async ({ page }) => {
		await page.goto(FIXTURE);
		const notes = page.locator('#opening .rd-endnotes');
		await expect(notes).toBeVisible();
		await page.locator('#ref-ks-context').click();
		await expect(page).toHaveURL(/#note-ks-context$/);
		await expect(page.locator('#note-ks-context')).toBeInViewport();
		await page
			.locator('#note-ks-context')
			.getByRole('link', { name: /Back to note 2/ })
			.click();
		await expect(page).toHaveURL(/#ref-ks-context$/);
		await expect(page.locator('#sources')).toBeVisible();
	});
});
