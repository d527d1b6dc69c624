import { expect, type Page } from '@playwright/test';

/** A page or a frame in one (an embed): what the chart readers below need of either. */
export type Scope = Pick<Page, 'locator' | 'evaluate'>;
import { TRIGGER } from '../../src/lib/scrolly/step-track';
import { FIXTURE, laidOut } from './helpers';

/** The fixture's timeline scrolly (the kitchen sink has one scrolly per chart type). */
export const TIMELINE = 'reader-scrolly:has(#ks-overview)';
/** The timeline's live (pinned) chart. */
export const LIVE_SVG = `${TIMELINE} .rd-scrolly__graphic svg.rd-chart`;

/** What the fixture's live chart describes at each step (its <desc>). */
export const DESCRIPTIONS = {
	'ks-overview': 'The whole timeline, 1960 to 2020, with no event singled out.',
	'ks-pueblo': 'The years 1960 to 1975, with the Pueblo seizure highlighted.',
	'ks-eighties':
		"The years 1978 to 1992, with Kim's visit to Moscow and the recognition of Seoul highlighted.",
	'ks-fit': 'The whole timeline again, with events coloured by whether they fit the pattern.',
} as const;

/** Scrolls so step `id` sits at its resting place (its scroll margin), as a reader would. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
	await laidOut(page);
	await page.locator(`#${id}`).evaluate((step) => step.scrollIntoView({ block: 'start' }));
	await expect(page.locator(`reader-scrolly:has(#${id})`)).toHaveAttribute('data-active-step', id);
}

/**
 * Scrolls on at reading pace until step `id` has just passed the trigger line (60% of the way
 * down; 2 px past it, so rounding cannot leave it on the line): wheel turns of 100 px a tenth of
 * a second apart, about one screen a second, far slower than a flick. It stops at the turn that
 * makes the step current, as a reader who reached it would: in headless Chromium each turn
 * scrolls at once and the page rests between turns, so one turn more would move the page while
 * the chart animates, and the engine would rightly cut the animation short.
 */
export async function readToStep(page: Page, id: string): Promise<void> {
	const step = page.locator(`#${id}`);
	await laidOut(page);
	for (let turn = 0; turn < 200; turn += 1) {
		const passed = await step.evaluate(
			(el, line) => el.getBoundingClientRect().top <= innerHeight * line - 2,
			TRIGGER,
		);
		if (passed) break;
		await page.mouse.wheel(0, 100);
		await page.waitForTimeout(100);
	}
	await expect(page.locator(`reader-scrolly:has(#${id})`)).toHaveAttribute('data-active-step', id);
}

/**
 * Opens the fixture with the given motion preference, scrolled to step `id`, once the chart has
 * its scene file and shows that step: a step reached before the file arrives is drawn at once.
 */
export async function openAtStep(
	page: Page,
	id: keyof typeof DESCRIPTIONS,
	reducedMotion: 'reduce' | 'no-preference',
): Promise<void> {
	await page.emulateMedia({ reducedMotion });
	const scenes = page.waitForResponse((response) =>
		response.url().endsWith('/kitchen-sink/scenes/ks-overview.json'),
	);
	await page.goto(FIXTURE);
	await scrollToStep(page, id);
	await scenes;
	// The HTML carries the live chart without marks: it is drawn once its scenes are in.
	await expect(page.locator(`${LIVE_SVG} [data-key]`).first()).toBeAttached();
	await expect(page.locator(`${LIVE_SVG} desc`)).toHaveText(DESCRIPTIONS[id]);
}

/** The keys of the live chart's data marks that carry `className` (legends left out). */
export async function keysWithClass(page: Scope, className: string): Promise<string[]> {
	return page
		.locator(`${LIVE_SVG} .rd-data .${className}`)
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-key') ?? ''));
}

/** The years on the live chart's axis. */
export async function axisYears(page: Scope): Promise<number[]> {
	return page
		.locator(`${LIVE_SVG} .rd-axis-label`)
		.evaluateAll((labels) => labels.map((l) => Number(l.textContent)));
}

/** True while the live chart is mid-transition (d3 keeps its transitions on `__transition`). */
export async function isTransitioning(page: Scope): Promise<boolean> {
	return page.locator(LIVE_SVG).evaluate((svg) => {
		const pending = (svg as Element & { __transition?: object }).__transition;
		return pending !== undefined && Object.keys(pending).length > 0;
	});
}

/** A description the live chart took, and the page's scroll position when it took it. */
export interface SeenDescription {
	readonly text: string;
	readonly scrollY: number;
}

/**
 * Records every description the live chart takes from now on; returns a reader of their texts
 * (`seenWhere` reads them with their scroll positions).
 */
export async function recordDescriptions(page: Scope): Promise<() => Promise<string[]>> {
	await page.locator(LIVE_SVG).evaluate((svg) => {
		const seen: SeenDescription[] = [];
		(window as Window & { seenDescriptions?: SeenDescription[] }).seenDescriptions = seen;
		const desc = svg.querySelector('desc');
		if (!desc) return;
		new MutationObserver(() => seen.push({ text: desc.textContent ?? '', scrollY })).observe(desc, {
			childList: true,
			characterData: true,
			subtree: true,
		});
	});
	return async () => (await seenWhere(page)).map(({ text }) => text);
}

/** The descriptions recorded since `recordDescriptions`, each with where the page was. */
export async function seenWhere(page: Scope): Promise<SeenDescription[]> {
	return page.evaluate(
		() => (window as Window & { seenDescriptions?: SeenDescription[] }).seenDescriptions ?? [],
	);
}

/**
 * Starts counting the values one attribute of one live mark takes; returns a reader. A jump
 * gives one change, a transition many (each frame writes an in-between value).
 */
export async function countChanges(
	page: Scope,
	key: string,
	attribute: string,
): Promise<() => Promise<number>> {
	const id = `${key} ${attribute}`;
	await page.locator(`${LIVE_SVG} [data-key="${key}"]`).evaluate(
		(mark, [name, counterId]) => {
			const counters = ((
				window as Window & { markChanges?: Record<string, number> }
			).markChanges ??= {});
			counters[counterId] = 0;
			new MutationObserver(() => (counters[counterId] = (counters[counterId] ?? 0) + 1)).observe(
				mark,
				{ attributeFilter: [name] },
			);
		},
		[attribute, id] as const,
	);
	return () =>
		page.evaluate(
			(counterId) =>
				(window as Window & { markChanges?: Record<string, number> }).markChanges?.[counterId] ?? 0,
			id,
		);
}
