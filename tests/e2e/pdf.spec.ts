import { expect, test } from '@playwright/test';
import { FIXTURE, articlesOnDisk } from './helpers';
import { expectCompleteEdition, readEdition, squeeze } from './pdf-helpers';

// The build prints every article to /<slug>.pdf (src/integrations/pdf-edition.ts).
test.use({ javaScriptEnabled: false });

test('the PDF edition has the cover, every section, note and source', async ({ page }) => {
	const edition = await readEdition('kitchen-sink');
	expect(edition.text).toContain(squeeze('Kitchen sink: every part of the reader'));
	expect(edition.text).toContain(squeeze('An independent annotated reading of'));
	expect(edition.text).toContain(
		squeeze('https://www.cnas.org/publications/commentary/putin-and-the-hermit-kingdom'),
	);
	expect(edition.text).toContain(squeeze('The annotated edition of 29 November 2026'));
	expect(edition.text).toContain('Contents');
	await expectCompleteEdition(page, 'kitchen-sink', edition);
	// Each step a figure with its caption.
	for (const letter of ['a', 'b', 'c', 'd']) expect(edition.text).toContain(`Figure1${letter}.`);
	expect(edition.pages).toBeGreaterThanOrEqual(10);
	expect(edition.pages).toBeLessThanOrEqual(40);
});

test('the PDF edition names itself and has an outline by section', async () => {
	const edition = await readEdition('kitchen-sink');
	expect(edition.info['Title']).toContain('Kitchen sink: every part of the reader');
	expect(edition.info['Author']).toContain('Van Jackson');
	expect(edition.info['Subject']).toBeTruthy();
	expect(edition.outline).toEqual(
		expect.arrayContaining(['Contents', 'An opening section', 'A closing section', 'Sources']),
	);
});

test('the article header links its PDF with its size', async ({ page, request }) => {
	await page.goto(FIXTURE);
	const link = page.getByRole('link', { name: 'Download the annotated PDF' });
	await expect(link).toHaveAttribute('href', '/kitchen-sink.pdf');
	await expect(page.locator('.rd-pdf-link')).toContainText(/\(\d+(\.\d)? [KM]B\)/);
	const response = await request.get('/kitchen-sink.pdf');
	expect(response.ok()).toBe(true);
	expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
	// Every article has one.
	for (const article of articlesOnDisk()) {
		expect((await request.head(`/${article.slug}.pdf`)).ok(), article.slug).toBe(true);
	}
});
