import { expect, type Page } from '@playwright/test';

/** The text column of an A4 page under the print rules (210 mm less 2 × 17 mm), in CSS px. */
export const A4_TEXT_WIDTH = Math.floor(((210 - 34) / 25.4) * 96);
/** 8 pt, the least a label may print at, in CSS px. */
export const PRINT_MIN_LABEL = (8 / 72) * 96;

/** Opens `path` as it prints: print media, a window as wide as the A4 text column. */
export async function openForPrint(page: Page, path: string): Promise<void> {
	await page.setViewportSize({ width: A4_TEXT_WIDTH, height: 1000 });
	await page.goto(path);
	await page.emulateMedia({ media: 'print' });
}

/**
 * The smallest rendered font size of any label in the visible static step figures: each
 * label's computed size times its SVG's scale (rendered width over viewBox width).
 */
export async function smallestStepLabel(page: Page): Promise<{ size: number; count: number }> {
	return page.evaluate(() => {
		let size = Infinity;
		let count = 0;
		for (const svg of document.querySelectorAll<SVGSVGElement>('.rd-step__chart > svg')) {
			const box = svg.getBoundingClientRect();
			if (box.width === 0) continue;
			const scale = box.width / svg.viewBox.baseVal.width;
			for (const text of svg.querySelectorAll('text')) {
				if (!text.textContent?.trim() || text.getBoundingClientRect().width === 0) continue;
				count++;
				size = Math.min(size, parseFloat(getComputedStyle(text).fontSize) * scale);
			}
		}
		return { size, count };
	});
}

/** Every step of every scrolly shows its figure and a numbered caption. */
export async function expectEveryStepFigure(page: Page): Promise<number> {
	const steps = page.locator('.rd-step');
	const count = await steps.count();
	expect(count).toBeGreaterThan(0);
	for (const step of await steps.all()) {
		await expect(step.locator('.rd-step__chart svg.rd-chart')).toBeVisible();
		await expect(step.locator('figcaption')).toBeVisible();
		await expect(step.locator('figcaption')).toHaveText(/^Figure \d+[a-z]\.\s+\S/);
	}
	return count;
}
