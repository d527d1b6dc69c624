import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTURE } from './helpers';

const SECTION = '#map';

test('the Embed control opens by keyboard without moving the page, and copies a snippet', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`${FIXTURE}${SECTION}`);
	const section = page.locator(SECTION);
	const summary = section.getByText('Embed', { exact: true });
	const prose = section.locator('.rd-prose');
	const before = await prose.boundingBox();

	await summary.focus();
	await page.keyboard.press('Enter');
	const snippet = section.getByRole('textbox', { name: 'Snippet for your page' });
	await expect(snippet).toBeVisible();
	expect(await prose.boundingBox()).toEqual(before);

	const value = await snippet.inputValue();
	expect(value).toMatch(
		/^<blockquote class="reader-embed" data-embed="https?:\/\/[^"]+\/embed\/kitchen-sink\/map\/"><p><a href="[^"]+\/kitchen-sink\/#map">A sea map<\/a>, from an annotated reading of “[^”]+” \([^)]+\)<\/p><\/blockquote><script async src="https?:\/\/[^"]+\/embed\.js"><\/script>$/,
	);

	await page.keyboard.press('Tab');
	await expect(snippet).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(
		section.getByRole('button', { name: 'Copy the snippet for your page' }),
	).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(section.locator('.rd-embed').getByRole('status')).toHaveText(
		'Copied: Snippet for your page',
	);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);

	await page.keyboard.press('Escape');
	await expect(snippet).toBeHidden();
	await expect(summary).toBeFocused();
});

test('the Embed control offers the same iframe and address the oEmbed file names', async ({
	page,
	context,
	request,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(FIXTURE);
	const section = page.locator(SECTION);
	await section.getByText('Embed', { exact: true }).click();
	const oembed = (await (await request.get('/oembed/kitchen-sink/map.json')).json()) as {
		html: string;
	};

	await section
		.getByRole('button', { name: 'Copy the plain iframe, where scripts are not allowed' })
		.click();
	const iframe = await page.evaluate(() => navigator.clipboard.readText());
	expect(iframe).toMatch(/^<iframe /);
	expect(oembed.html.endsWith(iframe)).toBe(true);

	await section.getByRole('button', { name: 'Copy the address' }).click();
	await expect(section.locator('.rd-embed').getByRole('status')).toHaveText(
		'Copied: Address for a CMS that reads oEmbed',
	);
	const address = await page.evaluate(() => navigator.clipboard.readText());
	expect(iframe).toContain(`src="${address}"`);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the Embed control still opens and shows the address, with no dead buttons', async ({
		page,
	}) => {
		await page.goto(FIXTURE);
		const section = page.locator(SECTION);
		await section.getByText('Embed', { exact: true }).click();
		await expect(section.getByText('Address for a CMS that reads oEmbed')).toBeVisible();
		const address = section.getByRole('link', { name: /\/embed\/kitchen-sink\/map\/$/ });
		await expect(address).toBeVisible();
		await expect(address).toHaveAttribute('href', /\/embed\/kitchen-sink\/map\/$/);
		await expect(section.getByRole('button', { name: 'Copy the address' })).toBeHidden();
	});
});

test('the Embed control does not print', async ({ page }) => {
	await page.goto(FIXTURE);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('[data-no-print].rd-embed').first()).toBeHidden();
});

test('axe finds no violation in an open Embed panel, light or dark', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto(FIXTURE);
		await page.locator(SECTION).getByText('Embed', { exact: true }).click();
		await expect(page.getByRole('textbox', { name: 'Snippet for your page' })).toBeVisible();
		const results = await new AxeBuilder({ page })
			.include(`${SECTION} .rd-embed`)
			.withTags([
				'wcag2a',
				'wcag2aa',
				'wcag21a',
				'wcag21aa',
				'wcag22a',
				'wcag22aa',
				'best-practice',
			])
			.analyze();
		expect(results.violations.map((v) => `${colorScheme} ${v.id}`)).toEqual([]);
	}
});
