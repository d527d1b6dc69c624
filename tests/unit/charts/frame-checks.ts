import { expect } from 'vitest';
import { FRAME_SIZE, type Frame } from '../../../src/lib/charts/chart-type';
import type { Box, Mark, Scene, TextMark } from '../../../src/lib/charts/scene';
import { estimateTextWidth } from '../../../src/lib/charts/text-width';

/** The font size charts.css gives a text mark's class. */
function fontSize(mark: TextMark): number {
	return /\brd-(axis|legend|strip|gap|period|event|marker|map)-label\b|\brd-(row-evidence|row-id|bar-value|chip-label)\b/.test(
		mark.className,
	)
		? 11
		: 12;
}

/** A text mark's box, from the generous width estimate (`scale` 1) or a closer one (below 1). */
function textBox(mark: TextMark, scale = 1): Box {
	const size = fontSize(mark);
	const width = estimateTextWidth(mark.text, size) * scale;
	const x =
		mark.anchor === 'start' ? mark.x : mark.anchor === 'end' ? mark.x - width : mark.x - width / 2;
	return { x, y: mark.y - size * 0.75, width, height: size };
}

function within(inner: Box, outer: Box): boolean {
	return (
		inner.x >= outer.x - 0.5 &&
		inner.y >= outer.y - 0.5 &&
		inner.x + inner.width <= outer.x + outer.width + 0.5 &&
		inner.y + inner.height <= outer.y + outer.height + 0.5
	);
}

function intersects(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Labels that show: visible text, and data text whose anchor the plot does not clip away. */
function shownLabels(scene: Scene): TextMark[] {
	const { plot } = scene;
	return scene.marks.filter(
		(m): m is TextMark =>
			m.kind === 'text' &&
			m.text !== '' &&
			(m.opacity ?? 1) > 0 &&
			(m.layer === 'frame' || intersects(textBox(m), plot)),
	);
}

/**
 * The frame's size; every label that shows lies inside the viewBox (frame labels) or inside the
 * plot (data labels, which the renderer clips), even by the generous width estimate; and no two
 * such labels overlap by a closer estimate of the real font.
 */
export function expectLabelsFit(scene: Scene, frame: Frame): void {
	expect({ width: scene.width, height: scene.height }).toEqual(FRAME_SIZE[frame]);
	const view: Box = { x: 0, y: 0, width: scene.width, height: scene.height };
	const labels = shownLabels(scene);
	const outside = labels
		.filter((m) => !within(textBox(m), m.layer === 'frame' ? view : scene.plot))
		.map((m) => `${m.key}: ${m.text}`);
	expect(outside, `labels outside the ${frame} frame`).toEqual([]);
	const overlapping = labels.flatMap((a, i) =>
		labels
			.slice(i + 1)
			.filter((b) => intersects(textBox(a, 0.85), textBox(b, 0.85)))
			.map((b) => `${a.key} × ${b.key}`),
	);
	expect(overlapping, `labels overlapping in the ${frame} frame`).toEqual([]);
}

/** Number pairs in path data: the point count the browser interpolates. */
function pointCount(d: string): number {
	return (d.match(/-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? []).length;
}

/**
 * Scenes of one frame share their marks' kinds and keys (of one layer, if given: axes keyed by
 * value enter and leave), and each path its point count.
 */
export function expectStableAcrossStates(scenes: readonly Scene[], layer?: Mark['layer']): void {
	for (const scene of scenes) {
		const keys = scene.marks.map((m) => `${m.kind}:${m.key}`);
		expect(new Set(keys).size, 'keys are unique').toBe(keys.length);
	}
	const shape = (scene: Scene) =>
		Object.fromEntries(
			scene.marks
				.filter((m) => layer === undefined || m.layer === layer)
				.map((m) => [`${m.kind}:${m.key}`, m.kind === 'path' ? pointCount(m.d) : 0]),
		);
	const [first, ...rest] = scenes;
	expect(first).toBeDefined();
	for (const scene of rest) expect(shape(scene)).toEqual(shape(first as Scene));
}
