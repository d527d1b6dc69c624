import { expect, test } from '@playwright/test';
import { expectCompleteEdition, readEdition, squeeze } from '../../e2e/pdf-helpers';
import {
	PRINT_MIN_LABEL,
	expectEveryStepFigure,
	openForPrint,
	smallestStepLabel,
} from '../../e2e/print-helpers';
import { ESSAY, ESSAY_SLUG } from '../essay';

test('the essay prints every step as a captioned figure with labels of 8 pt or more', async ({
	page,
}) => {
	await openForPrint(page, ESSAY);
	expect(await expectEveryStepFigure(page)).toBeGreaterThanOrEqual(12);
	const { size, count } = await smallestStepLabel(page);
	expect(count).toBeGreaterThan(100);
	expect(size).toBeGreaterThanOrEqual(PRINT_MIN_LABEL);
});

test.describe('the PDF edition of the essay', () => {
	test.use({ javaScriptEnabled: false });

	test('credits the essay and holds every section, note and source', async ({ page }) => {
		const edition = await readEdition(ESSAY_SLUG);
		expect(edition.text).toContain(squeeze('Moscow, Pyongyang and the mirror of Washington'));
		expect(edition.text).toContain(squeeze('“Putin and the Hermit Kingdom” by Van Jackson'));
		expect(edition.text).toContain(
			squeeze('https://www.cnas.org/publications/commentary/putin-and-the-hermit-kingdom'),
		);
		await expectCompleteEdition(page, ESSAY_SLUG, edition);
		// About 50 pages of text, notes and figures; far more means a layout went wrong.
		expect(edition.pages).toBeGreaterThanOrEqual(30);
		expect(edition.pages).toBeLessThanOrEqual(100);
	});

	test('has its title in the metadata and an outline by section', async () => {
		const edition = await readEdition(ESSAY_SLUG);
		expect(edition.info['Title']).toContain('Moscow, Pyongyang and the mirror of Washington');
		expect(edition.info['Author']).toContain('Van Jackson');
		expect(edition.outline).toEqual(
			expect.arrayContaining([
				'The Pueblo affair, 1968',
				'Afterword: what happened next',
				'Sources',
			]),
		);
	});
});
