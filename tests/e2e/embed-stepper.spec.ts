import { expect, test } from '@playwright/test';
import { EMBEDS, embedFrame, useHostPages } from './embed-helpers';
import { DESCRIPTIONS, LIVE_SVG, TIMELINE } from './scrolly-helpers';

// A host page that pastes plain iframes and runs no script: no one relays the reader's
// position, so the embed offers its stepper.
test.setTimeout(90_000);

const host = useHostPages();

test('with no host script the stepper appears within a second and works by click', async ({
	page,
}) => {
	await page.goto(`${host.origin}/plain.html`);
	const frame = await embedFrame(page, EMBEDS.scrolly.path);
	await expect(frame.locator('html')).toHaveAttribute('data-embed', 'stepper', { timeout: 1500 });
	const next = frame.getByRole('button', { name: 'Next' });
	const previous = frame.getByRole('button', { name: 'Previous' });
	await expect(next).toBeVisible();
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-overview']);
	// One step's text at a time, below the chart.
	await expect(frame.locator('.rd-step__text:visible')).toHaveCount(1);
	await expect(frame.locator('#ks-overview .rd-step__text')).toBeVisible();
	await expect(previous).toHaveAttribute('aria-disabled', 'true');

	await next.click();
	await expect(frame.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-pueblo');
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-pueblo']);
	await expect(frame.locator('#ks-pueblo .rd-step__text')).toBeVisible();
	await expect(frame.locator('#ks-overview .rd-step__text')).toBeHidden();
	await expect(frame.getByText('Step 2 of 4')).toBeVisible();

	await next.click();
	await next.click();
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-fit']);
	await expect(next).toHaveAttribute('aria-disabled', 'true');
	// A disabled Next stays focusable (aria-disabled) and does nothing.
	await next.click({ force: true });
	await expect(frame.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-fit');
	await previous.click();
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-eighties']);
	// The stepper stays: the embed never shows both modes.
	await expect(frame.locator('.rd-scrolly__graphic')).toBeVisible();
	await expect(frame.locator('html')).toHaveAttribute('data-embed', 'stepper');
});

test('the stepper works by keyboard: Tab to it, then the arrow keys', async ({ page }) => {
	await page.goto(`${host.origin}/plain.html`);
	const frame = await embedFrame(page, EMBEDS.scrolly.path);
	await expect(frame.locator('html')).toHaveAttribute('data-embed', 'stepper', { timeout: 1500 });
	const next = frame.getByRole('button', { name: 'Next' });
	await next.focus();
	await page.keyboard.press('Enter');
	await expect(frame.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-pueblo');
	await page.keyboard.press('ArrowRight');
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-eighties']);
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(frame.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-overview');
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-overview']);
	await expect(next).toBeFocused();
});

test('a step named in the embed address opens the stepper at that step', async ({ page }) => {
	await page.goto(`${host.origin}/plain.html?hash=${encodeURIComponent('#ks-eighties')}`);
	const frame = await embedFrame(page, EMBEDS.scrolly.path);
	await expect(frame.locator('html')).toHaveAttribute('data-embed', 'stepper', { timeout: 1500 });
	await expect(frame.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-eighties');
	await expect(frame.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-eighties']);
	await expect(frame.getByText('Step 3 of 4')).toBeVisible();
});

test('the notes-only section has its notes, only the sources it cites and a way back', async ({
	page,
}) => {
	await page.goto(`${host.origin}/plain.html`);
	const frame = await embedFrame(page, EMBEDS.notes.path);
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(EMBEDS.notes.title);
	await expect(frame.locator('.rd-stepper')).toHaveCount(0);
	await expect(frame.locator('.rd-endnotes li')).toHaveCount(3);
	await expect(frame.locator('#sources li')).toHaveCount(2);
	await expect(frame.locator('header')).toContainText('Van Jackson');
	await expect(frame.locator('header')).toContainText('Foreign Affairs');
	const back = frame.getByRole('link', { name: 'Read the whole annotated essay from here' });
	await expect(back).toHaveAttribute('href', /\/kitchen-sink\/#middle$/);
	await expect(back).toHaveAttribute('target', '_blank');
});
