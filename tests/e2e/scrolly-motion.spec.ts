import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { FIXTURE } from './helpers';
import {
	DESCRIPTIONS,
	LIVE_SVG,
	TIMELINE,
	countChanges,
	isTransitioning,
	openAtStep,
	readToStep,
	recordDescriptions,
	scrollToStep,
	seenWhere,
} from './scrolly-helpers';

/** The kitchen sink's sea-map scrolly. */
const MAP = 'reader-scrolly:has(#ks-map-sea)';

test.use({ viewport: { width: 1440, height: 900 } });

test('with prefers-reduced-motion the chart changes state with no transition', async ({ page }) => {
	await openAtStep(page, 'ks-overview', 'reduce');
	const changes = await countChanges(page, 'period-1969', 'x');
	await readToStep(page, 'ks-pueblo');
	expect(await isTransitioning(page)).toBe(false);
	expect(await changes()).toBe(1);
});

test('with motion allowed the chart animates between states', async ({ page }) => {
	await openAtStep(page, 'ks-overview', 'no-preference');
	const changes = await countChanges(page, 'period-1969', 'x');
	await readToStep(page, 'ks-pueblo');
	// The period slides through in-between positions rather than jumping.
	await expect.poll(changes).toBeGreaterThan(2);
});

test('labels do not slide: a moving label fades out and back in at its new place', async ({
	page,
}) => {
	await openAtStep(page, 'ks-overview', 'no-preference');
	const label = page.locator(`${LIVE_SVG} [data-key="tick-1970"]`);
	const before = Number(await label.getAttribute('x'));
	const moves = await countChanges(page, 'tick-1970', 'x');
	const fades = await countChanges(page, 'tick-1970', 'fill-opacity');
	await readToStep(page, 'ks-pueblo');
	await expect.poll(() => isTransitioning(page)).toBe(false);
	// The zoom moves the 1970 tick; its label jumps once, while hidden, and fades in between.
	expect(Number(await label.getAttribute('x'))).not.toBe(before);
	expect(await moves()).toBe(1);
	expect(await fades()).toBeGreaterThan(2);
	await expect(label).toHaveAttribute('fill-opacity', '1');
});

test('a mark outside the plot before and after a zoom jumps; one coming into view glides', async ({
	page,
}) => {
	await openAtStep(page, 'ks-pueblo', 'no-preference');
	await expect.poll(() => isTransitioning(page)).toBe(false);
	// From 1960–1975 to 1978–1992: the February 2015 marker is right of the plot in both, Kim's
	// 1984 visit comes into view.
	const marker = await countChanges(page, 'marker-essay-written', 'x1');
	const visit = await countChanges(page, 'event-kim-in-moscow', 'cx');
	await readToStep(page, 'ks-eighties');
	await expect.poll(() => isTransitioning(page)).toBe(false);
	expect(await marker()).toBe(1);
	expect(await visit()).toBeGreaterThan(2);
});

test('a hidden mark stays put until it is shown, then appears in its place and fades in', async ({
	page,
}) => {
	await openAtStep(page, 'ks-pueblo', 'no-preference');
	await expect.poll(() => isTransitioning(page)).toBe(false);
	// From 1960–1975 to 1978–1992: the 1961 treaty's label is hidden in both states; Kim's 1984
	// visit is hidden, then highlighted with its leader line and label.
	const treatyLabel = page.locator(`${LIVE_SVG} [data-key="event-alliance-treaty-1961-label"]`);
	const treatyX = await treatyLabel.getAttribute('x');
	const treatyMoves = await countChanges(page, 'event-alliance-treaty-1961-label', 'x');
	const leader = page.locator(`${LIVE_SVG} [data-key="event-kim-in-moscow-leader"]`);
	await expect(leader).toHaveAttribute('stroke-opacity', '0');
	const leaderMoves = await countChanges(page, 'event-kim-in-moscow-leader', 'x1');
	const leaderFades = await countChanges(page, 'event-kim-in-moscow-leader', 'stroke-opacity');
	await readToStep(page, 'ks-eighties');
	await expect.poll(() => isTransitioning(page)).toBe(false);
	expect(await treatyMoves()).toBe(0);
	await expect(treatyLabel).toHaveAttribute('x', treatyX ?? '');
	await expect(treatyLabel).toHaveAttribute('fill-opacity', '0');
	expect(await leaderMoves()).toBe(1);
	expect(await leaderFades()).toBeGreaterThan(2);
	await expect(leader).toHaveAttribute('stroke-opacity', '1');
});

// The engine reads no scroll position while the page moves; the flick lands the same in a
// browser with scroll timelines and in one without.
for (const reader of ['scroll timeline', 'scrollY'] as const) {
	test(`a flick that carries steps past the line lands on its step at once, without a transition (${reader})`, async ({
		page,
	}) => {
		if (reader === 'scrollY')
			await page.addInitScript(() => Reflect.deleteProperty(window, 'ScrollTimeline'));
		await openAtStep(page, 'ks-overview', 'no-preference');
		const changes = await countChanges(page, 'period-1969', 'x');
		const seen = await recordDescriptions(page);
		// A flick: the page glides past ks-pueblo and stops on ks-eighties.
		await page
			.locator('#ks-eighties')
			.evaluate((step) => step.scrollIntoView({ block: 'start', behavior: 'smooth' }));
		await expect(page.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-eighties');
		expect(await seen()).toEqual([DESCRIPTIONS['ks-eighties']]);
		// The address follows the step the flick landed on.
		await expect(page).toHaveURL(/#ks-eighties$/);
		expect(await isTransitioning(page)).toBe(false);
		// period-1969 moved from the overview's place to the eighties' in one write.
		expect(await changes()).toBe(1);
	});
}

test('browser zoom at 150 % keeps the chart sized and in the state of the step in view', async ({
	browser,
}) => {
	// 150 % zoom of a 1440 × 900 window: a 960 × 600 CSS viewport at 1.5 device pixels per pixel.
	const context = await browser.newContext({
		viewport: { width: 960, height: 600 },
		deviceScaleFactor: 1.5,
	});
	const page = await context.newPage();
	await page.goto(`${FIXTURE}#ks-pueblo`);
	await expect(page.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-pueblo');
	const box = await page.locator(LIVE_SVG).boundingBox();
	expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(960);
	await context.close();
});

test('the sea map zooms its coastline by a transform and never rewrites the coastline', async ({
	page,
}) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto(`${FIXTURE}#ks-map-sea`);
	const scrolly = page.locator(MAP);
	await expect(scrolly).toHaveAttribute('data-active-step', 'ks-map-sea');
	const live = scrolly.locator('.rd-scrolly__graphic svg.rd-chart');
	// Counts the writes of the sea-scale coastline's data and of its transform.
	await live.locator('[data-key="land-sea"]').evaluate((land) => {
		const seen: Record<string, number> = { d: 0, transform: 0 };
		(window as Window & { coastWrites?: Record<string, number> }).coastWrites = seen;
		new MutationObserver((records) => {
			for (const { attributeName } of records)
				if (attributeName) seen[attributeName] = (seen[attributeName] ?? 0) + 1;
		}).observe(land, { attributeFilter: ['d', 'transform'] });
	});
	// From the whole sea to the close-up of Wonsan, at reading pace: an animated zoom.
	await readToStep(page, 'ks-map-wonsan');
	await expect
		.poll(() =>
			live.evaluate((svg) => Object.keys((svg as { __transition?: object }).__transition ?? {})),
		)
		.toEqual([]);
	const seen = await page.evaluate(
		() => (window as Window & { coastWrites?: Record<string, number> }).coastWrites,
	);
	expect(seen?.['d']).toBe(0);
	expect(seen?.['transform']).toBeGreaterThan(2);
	// It ends where the step's build-time figure draws the close-up's coastline.
	const coast = (land: string) =>
		page.locator(land).evaluate((path) => [path.getAttribute('d'), path.getAttribute('transform')]);
	expect(await coast('#ks-map-wonsan .rd-step__chart .rd-map-land')).toEqual(
		await coast(`${MAP} .rd-scrolly__graphic [data-key="land-wonsan"]`),
	);
});

test.describe('on a phone, with a finger on the page', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	/**
	 * A finger on `page`: touch input through the DevTools protocol, which the browser scrolls,
	 * flings and ends with `scrollend` as it does a person's finger.
	 */
	async function fingerOn(
		page: Page,
	): Promise<(type: 'touchStart' | 'touchMove' | 'touchEnd', y?: number) => Promise<unknown>> {
		const cdp = await page.context().newCDPSession(page);
		return (type, y) =>
			cdp.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: y === undefined ? [] : [{ x: 300, y }],
			});
	}

	/**
	 * Runs `attempt` (which sets up a fresh page and makes a gesture on it) until the gesture was
	 * what it meant to be, up to four times: `attempt` returns `undefined` when it was not. On a
	 * busy machine the test's own process can stall or bunch its input, and such a gesture
	 * proves nothing either way. Returns the page and what the last attempt returned.
	 */
	async function steadyGesture<T>(
		context: BrowserContext,
		failure: string,
		attempt: (page: Page) => Promise<T | undefined>,
	): Promise<{ page: Page; value: T }> {
		for (let tries = 1; ; tries += 1) {
			const page = await context.newPage();
			const value = await attempt(page);
			if (value !== undefined) return { page, value };
			if (tries === 4) throw new Error(failure);
			await page.close();
		}
	}

	/**
	 * Drags the page up past ks-pueblo to ks-eighties at reading speed (40 px a move, at least
	 * 16 ms apart), then holds the finger still until the chart has settled. Returns whether the
	 * drag was what it meant to be, read from the page's own scroll events: no pause of 120 ms
	 * or more and nothing slower than a third of a screen a second on the way (the browser would
	 * rightly take the page to be at rest), and never 3 screens a second (near a flick).
	 */
	async function dragPastPueblo(page: Page): Promise<boolean> {
		await page.evaluate(() => {
			const moves: [number, number][] = [];
			(window as Window & { dragMoves?: typeof moves }).dragMoves = moves;
			addEventListener('scroll', () => moves.push([performance.now(), scrollY]), { passive: true });
		});
		const touch = await fingerOn(page);
		await touch('touchStart', 820);
		for (let finger = 780; finger >= 100; finger -= 40) {
			await touch('touchMove', finger);
			await page.waitForTimeout(16);
		}
		await expect(page.locator(TIMELINE)).toHaveAttribute('data-active-step', 'ks-eighties');
		await expect.poll(() => isTransitioning(page)).toBe(false);
		await touch('touchEnd');
		return page.evaluate(() => {
			const moves = (window as Window & { dragMoves?: [number, number][] }).dragMoves ?? [];
			const [creep, flick] = [innerHeight / 3000, (3 * innerHeight) / 1000];
			for (let i = 1; i < moves.length; i += 1) {
				const [[t0, y0], [t1, y1]] = [moves[i - 1] ?? [0, 0], moves[i] ?? [0, 0]];
				const speed = Math.abs(y1 - y0) / Math.max(t1 - t0, 1);
				if (t1 - t0 >= 120 || speed < creep || speed >= flick) return false;
			}
			return true;
		});
	}

	/**
	 * Swipes the page into a fling, catches it with the finger once ks-pueblo has passed the
	 * trigger line, and at once swipes on. Returns the page's position when the finger let go
	 * the second time, or nothing when the gesture was not what it meant to be (read from the
	 * page's own events): the first swipe did not fling past ks-pueblo, or the finger rested on
	 * the caught page for 120 ms or more before it moved it again (the page had rightly come to
	 * rest).
	 */
	async function catchAndSwipeOn(page: Page): Promise<number | undefined> {
		await page.evaluate(() => {
			const log: { scrolls: number[]; touches: number[] } = { scrolls: [], touches: [] };
			(window as Window & { gestureLog?: typeof log }).gestureLog = log;
			addEventListener('scroll', () => log.scrolls.push(performance.now()), { passive: true });
			addEventListener('touchstart', () => log.touches.push(performance.now()), { passive: true });
		});
		const touch = await fingerOn(page);
		// Four quick moves of 40 px: fewer or longer ones often end without a fling.
		const swipe = async () => {
			await touch('touchStart', 700);
			for (const finger of [660, 620, 580, 540]) await touch('touchMove', finger);
			await touch('touchEnd');
		};
		const pueblo = page.locator('#ks-pueblo');
		const passedLine = () =>
			pueblo.evaluate((step) => step.getBoundingClientRect().top < innerHeight * 0.5);
		await swipe();
		// Catch the fling once it has carried ks-pueblo well past the line, if it does.
		let caught = false;
		for (let poll = 0; poll < 50 && !caught; poll += 1) caught = await passedLine();
		await swipe();
		const liftedAt = await page.evaluate(() => scrollY);
		const { scrolls, touches } = await page.evaluate(
			() =>
				(window as Window & { gestureLog?: { scrolls: number[]; touches: number[] } })
					.gestureLog ?? { scrolls: [], touches: [] },
		);
		const [, catchAt = 0] = touches;
		const stillBefore = catchAt - Math.max(0, ...scrolls.filter((t) => t < catchAt));
		const stillAfter = Math.min(Infinity, ...scrolls.filter((t) => t > catchAt)) - catchAt;
		const movingWhenCaught = stillBefore < 50;
		return caught && movingWhenCaught && stillAfter < 120 ? liftedAt : undefined;
	}

	test('a finger that catches a fling to swipe on leaves the chart as it was; it moves where the page rests', async ({
		context,
	}) => {
		const { page, value: liftedAt } = await steadyGesture(
			context,
			'the test could not catch a fling past ks-pueblo',
			async (page) => {
				await openAtStep(page, 'ks-overview', 'no-preference');
				await recordDescriptions(page);
				return catchAndSwipeOn(page);
			},
		);
		// The page rests where the second fling ends (it holds still for a fifth of a
		// second), and the chart shows that step...
		await expect
			.poll(
				async () => {
					const before = await page.evaluate(() => scrollY);
					await page.waitForTimeout(200);
					return (await page.evaluate(() => scrollY)) === before;
				},
				{ timeout: 10_000 },
			)
			.toBe(true);
		const rested = (await page
			.locator(TIMELINE)
			.getAttribute('data-active-step')) as keyof typeof DESCRIPTIONS;
		// (A fling may carry the page more than a screen past the chart, which is then drawn
		// only when the reader comes back to it.)
		const left = await page
			.locator(TIMELINE)
			.evaluate((scrolly) => scrolly.getBoundingClientRect().bottom < -innerHeight);
		if (left) await scrollToStep(page, rested);
		await expect.poll(async () => (await seenWhere(page)).length).toBeGreaterThan(0);
		// ...and took no other state on the way: none where the finger caught the page.
		const seen = await seenWhere(page);
		expect(seen.map(({ text }) => text)).toEqual([DESCRIPTIONS[rested]]);
		if (!left) expect(seen[0]?.scrollY).toBeGreaterThanOrEqual(liftedAt);
	});

	test('the chart holds still while the page moves, then animates to the step where it rests', async ({
		context,
	}) => {
		const { page, value: changes } = await steadyGesture(
			context,
			'the test could not drag the page steadily',
			async (page) => {
				await openAtStep(page, 'ks-overview', 'no-preference');
				// ks-overview stays current a little further down (ks-pueblo's top is still below
				// the line, 60% of the way down), so that one stroke of the finger reaches
				// ks-eighties.
				await page.evaluate(() => scrollBy(0, 300));
				await expect.poll(() => isTransitioning(page)).toBe(false);
				const changes = await countChanges(page, 'period-1969', 'x');
				await recordDescriptions(page);
				return (await dragPastPueblo(page)) ? changes : undefined;
			},
		);
		// The chart held the overview's state while the page moved, showed neither ks-pueblo
		// nor anything else on the way, and moved to ks-eighties where the page came to
		// rest...
		const restedAt = await page.evaluate(() => scrollY);
		expect(await seenWhere(page)).toEqual([
			{ text: DESCRIPTIONS['ks-eighties'], scrollY: restedAt },
		]);
		// ...in a transition.
		expect(await changes()).toBeGreaterThan(2);
	});
});
