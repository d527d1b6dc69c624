import { expect, test } from '@playwright/test';
import { FIXTURE, failOnConsoleErrors, laidOut, openSettings } from './helpers';
import {
	DESCRIPTIONS,
	LIVE_SVG,
	TIMELINE,
	axisYears,
	isTransitioning,
	keysWithClass,
	recordDescriptions,
	scrollToStep,
} from './scrolly-helpers';

test.beforeEach(async ({ page }) => {
	failOnConsoleErrors(page);
	await page.setViewportSize({ width: 1440, height: 900 });
});

test('each step puts the chart in its documented state', async ({ page }) => {
	await page.goto(FIXTURE);
	const svg = page.locator(LIVE_SVG);

	await scrollToStep(page, 'ks-overview');
	await expect(page.locator('#ks-overview')).toHaveAttribute('aria-current', 'step');
	await expect(svg.locator('desc')).toHaveText(DESCRIPTIONS['ks-overview']);
	await expect.poll(() => axisYears(page)).toContain(2020);
	expect(await keysWithClass(page, 'rd-highlight')).toEqual([]);

	await scrollToStep(page, 'ks-pueblo');
	await expect(page.locator('#ks-overview')).not.toHaveAttribute('aria-current', 'step');
	await expect(svg.locator('desc')).toHaveText(DESCRIPTIONS['ks-pueblo']);
	await expect.poll(() => keysWithClass(page, 'rd-highlight')).toEqual(['event-pueblo-seizure']);
	await expect.poll(async () => Math.max(...(await axisYears(page)))).toBeLessThan(1980);

	await scrollToStep(page, 'ks-eighties');
	await expect
		.poll(() => keysWithClass(page, 'rd-highlight'))
		.toEqual(['event-kim-in-moscow', 'event-seoul-recognition']);
	await expect.poll(async () => Math.min(...(await axisYears(page)))).toBeGreaterThanOrEqual(1978);

	await scrollToStep(page, 'ks-fit');
	await expect(svg.locator('desc')).toHaveText(DESCRIPTIONS['ks-fit']);
	await expect.poll(() => keysWithClass(page, 'rd-event--fits')).toContain('event-pueblo-seizure');
	await expect.poll(() => keysWithClass(page, 'rd-event--mixed')).toContain('event-kim-in-moscow');
});

test('scrolling back up restores the earlier state', async ({ page }) => {
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-fit');
	await scrollToStep(page, 'ks-pueblo');
	await expect(page.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-pueblo']);
	await expect.poll(() => keysWithClass(page, 'rd-event--fits')).toEqual([]);
});

test('the End key lands on the last step with no stop at the steps between', async ({ page }) => {
	await page.goto(FIXTURE);
	const seen = await recordDescriptions(page);
	await page.keyboard.press('End');
	await expect(page.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-fit');
	// A chart screens away from where the page landed is drawn only when it comes near again.
	await page.locator('#ks-fit').evaluate((step) => step.scrollIntoView({ block: 'start' }));
	await expect(page.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-fit']);
	expect(await seen()).toEqual([DESCRIPTIONS['ks-fit']]);
});

test('a deep link to a step opens with that state, at once', async ({ page }) => {
	await page.goto(`${FIXTURE}#ks-eighties`);
	await expect(page.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-eighties');
	await expect(page.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-eighties']);
	expect(await isTransitioning(page)).toBe(false);
	await expect
		.poll(() => keysWithClass(page, 'rd-highlight'))
		.toEqual(['event-kim-in-moscow', 'event-seoul-recognition']);
});

test('the address follows the step being read without adding history entries', async ({ page }) => {
	await page.goto(FIXTURE);
	const before = await page.evaluate(() => history.length);
	await scrollToStep(page, 'ks-pueblo');
	await page.mouse.wheel(0, 1);
	await scrollToStep(page, 'ks-eighties');
	await expect(page).toHaveURL(/#ks-eighties$/);
	expect(await page.evaluate(() => history.length)).toBe(before);
});

test('back above a scrolly the address names none of its steps', async ({ page }) => {
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-pueblo');
	await expect(page).toHaveURL(/#ks-pueblo$/);
	await page.evaluate(() => scrollTo(0, 0));
	await expect(page.locator(TIMELINE)).not.toHaveAttribute('data-active-step');
	await expect(page).toHaveURL(new RegExp(`${FIXTURE}$`));
});

test('the scrolly tells the page which step it enters and leaves, in scrollama’s shape', async ({
	page,
}) => {
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-pueblo');
	await page.locator(TIMELINE).evaluate((scrolly) => {
		const heard: unknown[] = [];
		(window as Window & { stepEvents?: unknown[] }).stepEvents = heard;
		for (const type of ['stepenter', 'stepexit'])
			scrolly.addEventListener(type, (event) => {
				const { element, index, direction } = (event as CustomEvent).detail;
				heard.push({ type, id: (element as Element).id, index, direction });
			});
	});
	await scrollToStep(page, 'ks-eighties');
	await scrollToStep(page, 'ks-pueblo');
	await expect
		.poll(() => page.evaluate(() => (window as Window & { stepEvents?: unknown[] }).stepEvents))
		.toEqual([
			{ type: 'stepexit', id: 'ks-pueblo', index: 1, direction: 'down' },
			{ type: 'stepenter', id: 'ks-eighties', index: 2, direction: 'down' },
			{ type: 'stepexit', id: 'ks-eighties', index: 2, direction: 'up' },
			{ type: 'stepenter', id: 'ks-pueblo', index: 1, direction: 'up' },
		]);
	// The fixture's own listener, below the scrolly, names the step the chart shows.
	await expect(page.getByText('Step 2 (ks-pueblo) entered, going up.')).toBeVisible();
});

test('the End key tells the page of one step left and one entered, none between', async ({
	page,
}) => {
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-overview');
	// The other scrollies on the page enter their last steps too; this one is heard.
	await page.locator(TIMELINE).evaluate((scrolly) => {
		const heard: string[] = [];
		(window as Window & { stepEvents?: string[] }).stepEvents = heard;
		for (const type of ['stepenter', 'stepexit'])
			scrolly.addEventListener(type, (event) =>
				heard.push(`${type} ${(event as CustomEvent).detail.element.id}`),
			);
	});
	await page.keyboard.press('End');
	await expect(page.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-fit');
	expect(
		await page.evaluate(() => (window as Window & { stepEvents?: string[] }).stepEvents),
	).toEqual(['stepexit ks-overview', 'stepenter ks-fit']);
});

test('a step’s link control copies its deep link', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-pueblo');
	await page
		.locator('#ks-pueblo')
		.getByRole('button', { name: /Copy link to “step 1b”/ })
		.click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		`${baseURL}${FIXTURE}#ks-pueblo`,
	);
});

test('resizing to a phone keeps the chart inside the screen and in the state of the step in view', async ({
	page,
}) => {
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-eighties');
	await page.setViewportSize({ width: 390, height: 844 });
	await scrollToStep(page, 'ks-eighties');
	await expect(page.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-eighties']);
	const box = await page.locator(LIVE_SVG).boundingBox();
	expect(box?.width).toBeGreaterThan(300);
	expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
	expect(box?.y).toBeLessThan(100);
});

test('the pinned chart uses its compact frame on a phone and its wide frame on a desktop', async ({
	page,
}) => {
	const svg = page.locator(LIVE_SVG);
	const scrolly = page.locator(TIMELINE);
	/** The chart shows the description of the step being read. */
	const showsActiveStep = async () => {
		const id = (await scrolly.getAttribute('data-active-step')) as keyof typeof DESCRIPTIONS;
		return (await svg.locator('desc').textContent()) === DESCRIPTIONS[id];
	};
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-eighties');
	await expect(svg).toHaveAttribute('viewBox', '0 0 640 400');

	await page.setViewportSize({ width: 390, height: 844 });
	await expect(svg).toHaveAttribute('viewBox', '0 0 400 250');
	await expect.poll(showsActiveStep).toBe(true);
	const box = await svg.boundingBox();
	expect((box?.height ?? 0) / (box?.width ?? 1)).toBeCloseTo(250 / 400, 2);
	// Steps move within the compact frame.
	await scrollToStep(page, 'ks-eighties');
	await expect(svg.locator('desc')).toHaveText(DESCRIPTIONS['ks-eighties']);
	await expect
		.poll(() => keysWithClass(page, 'rd-highlight'))
		.toEqual(['event-kim-in-moscow', 'event-seoul-recognition']);
	await scrollToStep(page, 'ks-fit');
	await expect(svg).toHaveAttribute('viewBox', '0 0 400 250');
	await expect.poll(() => keysWithClass(page, 'rd-event--fits')).toContain('event-pueblo-seizure');

	await page.setViewportSize({ width: 1440, height: 900 });
	await expect(svg).toHaveAttribute('viewBox', '0 0 640 400');
	await expect.poll(showsActiveStep).toBe(true);
});

test('a change of frame redraws the step being read at once, in the same state', async ({
	page,
}) => {
	const svg = page.locator(LIVE_SVG);
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-pueblo');
	await expect.poll(() => keysWithClass(page, 'rd-highlight')).toEqual(['event-pueblo-seizure']);
	// Narrow the chart's column alone, so the steps do not move.
	const graphic = page.locator(`${TIMELINE} .rd-scrolly__graphic`);
	await graphic.evaluate((element: HTMLElement) => (element.style.width = '480px'));
	await expect(svg).toHaveAttribute('viewBox', '0 0 400 250');
	expect(await isTransitioning(page)).toBe(false);
	await expect(page.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-pueblo');
	await expect(svg.locator('desc')).toHaveText(DESCRIPTIONS['ks-pueblo']);
	expect(await keysWithClass(page, 'rd-highlight')).toEqual(['event-pueblo-seizure']);
	await graphic.evaluate((element: HTMLElement) => (element.style.width = ''));
	await expect(svg).toHaveAttribute('viewBox', '0 0 640 400');
	expect(await keysWithClass(page, 'rd-highlight')).toEqual(['event-pueblo-seizure']);
});

test('a phone opens with the compact frame', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(`${FIXTURE}#ks-pueblo`);
	await expect(page.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-pueblo');
	await expect(page.locator(LIVE_SVG)).toHaveAttribute('viewBox', '0 0 400 250');
	await expect(page.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS['ks-pueblo']);
	await expect.poll(() => keysWithClass(page, 'rd-highlight')).toEqual(['event-pueblo-seizure']);
});

test('keyboard focus walks the steps in reading order and the chart follows it', async ({
	page,
}) => {
	await page.goto(FIXTURE);
	await page.locator('#ks-overview').getByRole('button').focus();
	const focusedStep = () =>
		page.evaluate(() => document.activeElement?.closest('.rd-step')?.id ?? '');
	for (const id of ['ks-pueblo', 'ks-eighties', 'ks-fit']) {
		// Tab through the step's links (a note marker, the step link) until focus reaches the next step.
		for (let presses = 0; presses < 5 && (await focusedStep()) !== id; presses++)
			await page.keyboard.press('Tab');
		expect(await focusedStep()).toBe(id);
		await expect(page.locator(TIMELINE)).toHaveAttribute('data-active-step', id);
	}
});

test('the reduce-motion control makes state changes instant', async ({ page }) => {
	await page.goto(FIXTURE);
	await openSettings(page);
	await page.getByRole('button', { name: 'Reduce motion' }).click();
	await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute(
		'aria-pressed',
		'true',
	);
	await scrollToStep(page, 'ks-pueblo');
	expect(await isTransitioning(page)).toBe(false);
	await page.reload();
	await openSettings(page);
	await expect(page.getByRole('button', { name: 'Reduce motion' })).toHaveAttribute(
		'aria-pressed',
		'true',
	);
});

test('a chart removed from the page and put back starts again cleanly', async ({ page }) => {
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-pueblo');
	await page.locator(TIMELINE).evaluate((scrolly) => {
		const parent = scrolly.parentElement;
		scrolly.remove();
		parent?.append(scrolly);
	});
	await scrollToStep(page, 'ks-eighties');
	await expect(page.locator(`${TIMELINE} [aria-current="step"]`)).toHaveCount(1);
});

test('on a phone, a note opened above the chart moves its steps, and the chart follows them', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(FIXTURE);
	await laidOut(page);
	const scrolly = page.locator(TIMELINE);
	const topOf = (id: string) =>
		page.locator(`#${id}`).evaluate((step) => step.getBoundingClientRect().top + scrollY);
	const before = await topOf('ks-pueblo');
	const marker = page.locator('#ref-ks-context');
	await expect(marker).toHaveAttribute('role', 'button'); // the notes script has started
	await marker.click();
	await expect(page.locator('.rd-note-inline')).toBeVisible();
	const shift = (await topOf('ks-pueblo')) - before;
	expect(shift).toBeGreaterThan(40);

	// The step's top half the note's height below the trigger line (60% down): not reached.
	const restAt = (y: number) => page.evaluate((top) => scrollTo(0, top), y);
	const line = 844 * 0.6;
	await restAt(before + shift - line - shift / 2);
	await expect(scrolly).toHaveAttribute('data-active-step', 'ks-overview');
	await restAt(before + shift - line + 20);
	await expect(scrolly).toHaveAttribute('data-active-step', 'ks-pueblo');
});
