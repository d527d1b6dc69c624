import { expect, test } from '@playwright/test';
import { FIXTURE, failOnConsoleErrors, openSettings } from './helpers';
import { expectSidenotesClear, kindsOnDisk, markerCounts, noteLinkProblems } from './notes-helpers';

test.beforeEach(({ page }) => failOnConsoleErrors(page));

test('every marker has its note, every note leads back, every citation reaches the bibliography', async ({
	page,
}) => {
	await page.goto(FIXTURE);
	expect(await noteLinkProblems(page)).toEqual([]);
	expect(await page.locator('a.rd-note-ref').count()).toBeGreaterThan(0);
});

test('the notes of each kind match the content', async ({ page }) => {
	await page.goto(FIXTURE);
	expect(await markerCounts(page)).toEqual(kindsOnDisk('kitchen-sink'));
});

test('a source note in the bibliography reads as a bracketed sentence', async ({ page }) => {
	await page.goto(FIXTURE);
	const notes = await page.locator('#sources .rd-source-note').allTextContents();
	expect(notes.length).toBeGreaterThan(0);
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

	test('Escape on the marker, or in its note, closes the note', async ({ page }) => {
		await page.goto(FIXTURE);
		const marker = page.locator('#ref-ks-context');
		const inline = page.locator('.rd-note-inline');
		await marker.focus();
		await page.keyboard.press('Enter');
		await expect(inline).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(inline).toHaveCount(0);
		await expect(marker).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.press('Enter');
		await inline.locator('a').first().focus();
		await page.keyboard.press('Escape');
		await expect(inline).toHaveCount(0);
		await expect(marker).toBeFocused();
	});
});

for (const width of [1440, 1920]) {
	test(`at ${width}px notes sit in the margin and never overlap each other or a figure`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height: 1000 });
		await page.goto(FIXTURE);
		await expectSidenotesClear(page, width, FIXTURE);
	});
}

test.describe('keyboard, beside the text', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('a sidenote’s links are reached through its marker; Escape returns to it', async ({
		page,
	}) => {
		await page.goto(FIXTURE);
		const side = page.locator('.rd-sidenote:not([hidden]):has(a)').first();
		const id = (await side.getAttribute('id'))?.replace(/^side-/, '') ?? '';
		const marker = page.locator(`#ref-${id}`);
		const focusInSide = () =>
			page.evaluate(() => !!document.activeElement?.closest('.rd-sidenote'));
		await marker.focus();
		for (let tab = 0; tab < 6; tab += 1) {
			await page.keyboard.press('Tab');
			expect(await focusInSide()).toBe(false);
		}
		await marker.focus();
		await page.keyboard.press('Enter');
		await expect(side).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(side.locator('a').first()).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(marker).toBeFocused();
		await page.keyboard.press('Tab');
		expect(await focusInSide()).toBe(false);
	});
});

test.describe('hiding a kind of note', () => {
	test('hides exactly those notes, and survives a reload', async ({ page }) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(FIXTURE);
		await openSettings(page);
		await page.getByRole('checkbox', { name: /What happened next/ }).uncheck();
		await page.keyboard.press('Escape');
		await expect(page.locator('a.rd-note-ref[data-kind="hindsight"]')).toBeHidden();
		await expect(page.locator('.rd-sidenote[data-kind="hindsight"]')).toBeHidden();
		await expect(page.locator('a.rd-note-ref[data-kind="context"]').first()).toBeVisible();
		await expect(page).toHaveURL(/\?hide=hindsight/);
		await page.goto(FIXTURE);
		await expect(page.locator('a.rd-note-ref[data-kind="hindsight"]')).toBeHidden();
		await openSettings(page);
		await expect(page.getByRole('checkbox', { name: /What happened next/ })).not.toBeChecked();
	});

	test('a shared address with ?hide= opens with those kinds hidden', async ({
		browser,
		baseURL,
	}) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${baseURL}${FIXTURE}?hide=context,fact-check`);
		await expect(page.locator('a.rd-note-ref[data-kind="context"]:visible')).toHaveCount(0);
		await expect(page.locator('a.rd-note-ref[data-kind="fact-check"]')).toBeHidden();
		await expect(page.locator('a.rd-note-ref[data-kind="source"]').first()).toBeVisible();
		await openSettings(page);
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
