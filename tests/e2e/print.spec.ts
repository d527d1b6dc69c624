import { expect, test } from '@playwright/test';
import { FIXTURE } from './helpers';
import {
	A4_TEXT_WIDTH,
	PRINT_MIN_LABEL,
	expectEveryStepFigure,
	openForPrint,
	smallestStepLabel,
} from './print-helpers';

test.describe('printing an article', () => {
	test('no interactive control and no scripted copy of a note prints', async ({ page }) => {
		await openForPrint(page, FIXTURE);
		// The scripts have run: note markers are buttons on screen, numbers on paper.
		const marker = page.locator('.rd-note-ref').first();
		await expect(marker).toHaveAttribute('role', 'button');
		await expect(marker).toBeVisible();
		const shown = await page.evaluate(() => {
			const controls = document.querySelectorAll<HTMLElement>(
				'button, [role="button"]:not(.rd-note-ref), input, select, textarea, summary, [popover], .rd-toc, .rd-note-filter, .rd-section-nav, .rd-progress, .rd-sidenote, .rd-note-inline, .rd-note-popover, .rd-pdf-link',
			);
			return [...controls]
				.filter((element) => element.getClientRects().length > 0)
				.map((element) => element.outerHTML.slice(0, 80));
		});
		expect(shown).toEqual([]);
		await expect(page.locator('.rd-endnotes').first()).toBeVisible();
	});

	test('every step prints as a numbered figure with its caption', async ({ page }) => {
		await openForPrint(page, FIXTURE);
		expect(await expectEveryStepFigure(page)).toBeGreaterThanOrEqual(4);
		for (const graphic of await page.locator('.rd-scrolly__graphic').all())
			await expect(graphic).toBeHidden();
	});

	test('nothing is wider than the page', async ({ page }) => {
		await openForPrint(page, FIXTURE);
		const wide = await page.evaluate((width) => {
			// A chart's marks may reach past its plot, which clips them: its outer box counts.
			return [...document.querySelectorAll<Element>('body *:not(svg *)')]
				.filter((element) => {
					const box = element.getBoundingClientRect();
					return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
				})
				.map((element) => `${element.tagName}.${element.getAttribute('class')}`);
		}, A4_TEXT_WIDTH);
		expect(wide).toEqual([]);
	});

	test('figure labels print at 8 pt or more', async ({ page }) => {
		await openForPrint(page, FIXTURE);
		const { size, count } = await smallestStepLabel(page);
		expect(count).toBeGreaterThan(50);
		expect(size).toBeGreaterThanOrEqual(PRINT_MIN_LABEL);
	});

	test('a kind of note the reader hid does not print', async ({ page }) => {
		await openForPrint(page, `${FIXTURE}?hide=hindsight`);
		const hindsight = page.locator('.rd-endnotes li[data-kind="hindsight"]');
		expect(await hindsight.count()).toBeGreaterThan(0);
		for (const note of await hindsight.all()) await expect(note).toBeHidden();
		await expect(page.locator('.rd-note-ref[data-kind="hindsight"]').first()).toBeHidden();
		await expect(page.locator('.rd-endnotes li[data-kind="context"]').first()).toBeVisible();
	});

	test('dark mode never reaches paper', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.addInitScript(() => localStorage.setItem('rd-theme', 'dark'));
		await openForPrint(page, FIXTURE);
		const colours = await page.evaluate(() => ({
			body: getComputedStyle(document.body).backgroundColor,
			text: getComputedStyle(document.querySelector('.rd-prose p') as Element).color,
		}));
		expect(colours).toEqual({ body: 'rgb(255, 255, 255)', text: 'rgb(0, 0, 0)' });
	});
});

test.describe('static figures on screen', () => {
	test.use({ javaScriptEnabled: false });

	for (const width of [390, 1024, 1440]) {
		test(`at ${width}px wide their labels are 11 px or more`, async ({ page }) => {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(FIXTURE);
			const { size, count } = await smallestStepLabel(page);
			expect(count).toBeGreaterThan(50);
			expect(size).toBeGreaterThanOrEqual(11);
		});
	}
});
