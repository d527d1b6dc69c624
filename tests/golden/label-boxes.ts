import { readFileSync } from 'node:fs';
import type { Frame } from '../../src/lib/charts/chart-type';
import type { LineMark, Scene, TextMark } from '../../src/lib/charts/scene';
import { estimateTextWidth } from '../../src/lib/charts/text-width';

/** A label's box in the chart's units. */
interface Box {
	readonly key: string;
	readonly left: number;
	readonly right: number;
	readonly top: number;
	readonly bottom: number;
}

const CSS = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');

/**
 * The font size (chart units) charts.css gives text of class `name` in `frame`: the compact
 * frame's rule for all its text, else the last rule naming the class, else the chart's own.
 */
export function fontSizeOf(classNames: string, frame: Frame): number {
	const rules = [...CSS.matchAll(/([^{}]+)\{([^}]*)\}/g)].flatMap(([, selectors, body]) => {
		const size = /font-size:\s*([\d.]+)px/.exec(body ?? '')?.[1];
		return size ? [{ selectors: (selectors ?? '').trim(), size: Number(size) }] : [];
	});
	const compact = rules.find((rule) => rule.selectors.includes("viewBox='0 0 400 250'"));
	if (frame === 'compact' && compact) return compact.size;
	const named = rules.filter((rule) =>
		classNames.split(' ').some((name) => new RegExp(`\\.${name}(?![\\w-])`).test(rule.selectors)),
	);
	return named.at(-1)?.size ?? rules.find((rule) => rule.selectors === '.rd-chart')?.size ?? 12;
}

/** Visible marks only: what a reader sees in this step. */
const shown = (mark: { opacity?: number }) => (mark.opacity ?? 1) > 0.05;

/**
 * The box a text mark's glyphs fill: the layouts' width estimate is about a fifth wider than the
 * typeface, so the check takes the typeface's own; caps height above the baseline, descenders below.
 */
function boxOf(mark: TextMark, size: number): Box {
	const width = estimateTextWidth(mark.text, size) / 1.2;
	const left =
		mark.anchor === 'start' ? mark.x : mark.anchor === 'end' ? mark.x - width : mark.x - width / 2;
	return {
		key: mark.key,
		left,
		right: left + width,
		top: mark.y - 0.72 * size,
		bottom: mark.y + 0.2 * size,
	};
}

const overlap = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** True when the segment from (x1, y1) to (x2, y2) passes through `box`. */
function crosses(line: LineMark, box: Box): boolean {
	const steps = 24;
	for (let i = 0; i <= steps; i++) {
		const x = line.x1 + ((line.x2 - line.x1) * i) / steps;
		const y = line.y1 + ((line.y2 - line.y1) * i) / steps;
		if (x > box.left && x < box.right && y > box.top && y < box.bottom) return true;
	}
	return false;
}

/**
 * Every clash a reader would see in `scene`: two visible labels whose boxes overlap, or a visible
 * leader line (`rd-leader`) running through a label other than its own.
 */
export function labelClashes(scene: Scene, frame: Frame): string[] {
	const texts = scene.marks.filter((m): m is TextMark => m.kind === 'text' && shown(m));
	const boxes = texts.map((mark) => boxOf(mark, fontSizeOf(mark.className, frame)));
	const leaders = scene.marks.filter(
		(m): m is LineMark => m.kind === 'line' && shown(m) && m.className.includes('rd-leader'),
	);
	const clashes: string[] = [];
	for (const [i, box] of boxes.entries()) {
		for (const other of boxes.slice(i + 1))
			if (overlap(box, other)) clashes.push(`label ${box.key} overlaps label ${other.key}`);
		for (const line of leaders)
			if (!line.key.startsWith(box.key.replace(/-label$/, '')) && crosses(line, box))
				clashes.push(`leader ${line.key} runs through label ${box.key}`);
	}
	return clashes;
}
