import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ESSAY } from '../essay';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// axe walks every node of the essay page (hundreds of chart marks): it needs more than 30 s.
test.describe.configure({ timeout: 120_000 });

const violations = async (page: Page) =>
	(await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
	);

for (const colorScheme of ['light', 'dark'] as const) {
	test(`axe finds no WCAG 2.2 A/AA violation on the essay in ${colorScheme}`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto(ESSAY);
		expect(await violations(page)).toEqual([]);
	});
}

test('axe finds no violation in the essay with sidenotes', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(ESSAY);
	expect(await violations(page)).toEqual([]);
});

test('axe finds no violation in the essay with every kind of note hidden', async ({ page }) => {
	await page.goto(`${ESSAY}?hide=source,context,fact-check,hindsight`);
	expect(await violations(page)).toEqual([]);
});
