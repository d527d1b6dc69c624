import type { Page } from '@playwright/test';

/** A chart label whose contrast with what lies under it is below WCAG 2.2 AA. */
export interface LowContrast {
	readonly chart: string;
	readonly mark: string;
	readonly text: string;
	readonly ratio: number;
	readonly needed: number;
}

/**
 * Every visible chart label on the page whose contrast is below 4.5:1 (3:1 for large text).
 * axe cannot see into SVG: this composites, in the browser, the label's computed fill and
 * opacities over the marks painted under its centre and the page background behind the chart.
 * Labels at opacity 0 are hidden by design and skipped.
 */
export function lowContrastLabels(page: Page): Promise<LowContrast[]> {
	return page.evaluate(() => {
		type Rgb = [number, number, number];
		const parse = (colour: string): { rgb: Rgb; alpha: number } | undefined => {
			const numbers = colour.match(/-?[\d.]+(e-?\d+)?%?/g)?.map((n) => parseFloat(n));
			if (!numbers || numbers.length < 3 || colour === 'none') return undefined;
			const srgb = colour.startsWith('color(srgb');
			const rgb = numbers.slice(0, 3).map((n) => (srgb ? n * 255 : n)) as Rgb;
			return { rgb, alpha: numbers[3] ?? 1 };
		};
		const over = (top: Rgb, alpha: number, under: Rgb): Rgb =>
			top.map((c, i) => c * alpha + (under[i] ?? 0) * (1 - alpha)) as Rgb;
		const luminance = (rgb: Rgb) =>
			rgb
				.map((c) => c / 255)
				.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
				.reduce((sum, c, i) => sum + c * ([0.2126, 0.7152, 0.0722][i] ?? 0), 0);
		const ratio = (a: Rgb, b: Rgb) => {
			const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
			return (hi + 0.05) / (lo + 0.05);
		};
		/** The opacity an element is painted with: its own and its ancestors' up to the chart. */
		const opacityOf = (element: Element, svg: Element) => {
			let opacity = Number(getComputedStyle(element).fillOpacity);
			for (let e: Element | null = element; e && e !== svg.parentElement; e = e.parentElement)
				opacity *= Number(getComputedStyle(e).opacity);
			return opacity;
		};
		const backgroundOf = (element: Element): Rgb => {
			for (let e: Element | null = element; e; e = e.parentElement) {
				const colour = parse(getComputedStyle(e).backgroundColor);
				if (colour && colour.alpha > 0) return colour.rgb;
			}
			return [255, 255, 255];
		};
		const found: LowContrast[] = [];
		const charts = [...document.querySelectorAll<SVGSVGElement>('svg.rd-chart')].filter((svg) =>
			svg.checkVisibility({ checkVisibilityCSS: true }),
		);
		for (const svg of charts) {
			const shapes = [
				...svg.querySelectorAll<SVGGeometryElement>('path, rect, circle, ellipse, polygon'),
			];
			for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
				const label = text.textContent?.trim() ?? '';
				const fill = parse(getComputedStyle(text).fill);
				const alpha = opacityOf(text, svg) * (fill?.alpha ?? 0);
				if (!label || !fill || alpha < 0.01 || !text.checkVisibility()) continue;
				const box = text.getBBox();
				const centre = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
				const onScreen = centre.matrixTransform(text.getScreenCTM() ?? undefined);
				let under = backgroundOf(svg);
				for (const shape of shapes) {
					const below = shape.compareDocumentPosition(text) & Node.DOCUMENT_POSITION_FOLLOWING;
					const shapeFill = parse(getComputedStyle(shape).fill);
					const matrix = shape.getScreenCTM()?.inverse();
					if (!below || !shapeFill || !matrix) continue;
					if (!shape.isPointInFill(onScreen.matrixTransform(matrix))) continue;
					const shapeAlpha = opacityOf(shape, svg) * shapeFill.alpha;
					under = over(shapeFill.rgb, shapeAlpha, under);
				}
				// A halo (a stroke painted under the glyphs, at least 2 px) is what the text sits on.
				const style = getComputedStyle(text);
				const halo = parse(style.stroke);
				if (halo && style.paintOrder.startsWith('stroke') && parseFloat(style.strokeWidth) >= 2)
					under = over(halo.rgb, halo.alpha * Number(style.strokeOpacity), under);
				const size = parseFloat(getComputedStyle(text).fontSize) * (svg.getScreenCTM()?.a ?? 1);
				const bold = Number(getComputedStyle(text).fontWeight) >= 700;
				const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
				const got = ratio(over(fill.rgb, alpha, under), under);
				if (got < needed) {
					const chart = svg.closest('[id]')?.id ?? '';
					found.push({
						chart,
						mark: text.getAttribute('class') ?? '',
						text: label,
						ratio: Math.round(got * 100) / 100,
						needed,
					});
				}
			}
		}
		return found;
	});
}
