import { expect, test } from '@playwright/test';
import { failOnConsoleErrors } from '../../e2e/helpers';
import {
	expectSidenotesClear,
	kindsOnDisk,
	markerCounts,
	noteLinkProblems,
} from '../../e2e/notes-helpers';
import { ESSAY, ESSAY_SLUG } from '../essay';

test.beforeEach(({ page }) => failOnConsoleErrors(page));

test('in the essay every marker has its note, every note leads back, every citation reaches the bibliography', async ({
	page,
}) => {
	await page.goto(ESSAY);
	expect(await noteLinkProblems(page)).toEqual([]);
});

test('the essay shows the notes its sections write, of each kind', async ({ page }) => {
	await page.goto(ESSAY);
	expect(await markerCounts(page)).toEqual(kindsOnDisk(ESSAY_SLUG));
});

test('the essay carries every kind of note, and all eighteen fact-checks', async ({ page }) => {
	await page.goto(ESSAY);
	const counts = await markerCounts(page);
	expect(counts['fact-check']).toBe(18);
	expect(counts['source']).toBeGreaterThanOrEqual(30);
	expect(counts['context']).toBeGreaterThanOrEqual(10);
	expect(counts['hindsight']).toBeGreaterThanOrEqual(7);
	expect(await page.locator('#sources li').count()).toBeGreaterThanOrEqual(40);
});

test('each source note in the essay’s bibliography reads as one bracketed sentence', async ({
	page,
}) => {
	await page.goto(ESSAY);
	const notes = await page.locator('#sources .rd-source-note').allTextContents();
	expect(notes.length).toBeGreaterThan(10);
	for (const note of notes) expect(note).toMatch(/^ \(.*[^.][.!?]\)$/);
});

for (const width of [1440, 1920]) {
	test(`at ${width}px the essay’s sidenotes overlap no other note and no figure`, async ({
		page,
	}) => {
		await page.setViewportSize({ width, height: 1000 });
		await page.goto(ESSAY);
		await expectSidenotesClear(page, width, ESSAY);
	});
}
