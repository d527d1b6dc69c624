import { describe, expect, test } from 'vitest';
import {
	formatInBetween,
	markAttributes,
	markOpacity,
	plotViewportAttributes,
	readScaleTransform,
} from '../../../src/lib/charts/mark-attributes';
import type { Mark } from '../../../src/lib/charts/scene';

const base = { key: 'k', className: 'rd-x', layer: 'data' } as const;
const marks: Mark[] = [
	{ ...base, kind: 'path', d: 'M0.04,1.25L10.333,-0.04Z' },
	{ ...base, kind: 'circle', cx: 1.26, cy: 2, r: 3.14159 },
	{ ...base, kind: 'rect', x: 0.05, y: -0.04, width: 10.449, height: 2 },
	{ ...base, kind: 'line', x1: 1, y1: 2, x2: 3.35, y2: 4 },
	{ ...base, kind: 'text', x: 5.55, y: 6, text: 'a', anchor: 'end' },
];

describe('markAttributes', () => {
	test('markAttributes(mark) rounds geometry to one decimal and never writes -0', () => {
		expect(marks.map(markAttributes)).toEqual([
			{ d: 'M0,1.3L10.3,0Z' },
			{ cx: 1.3, cy: 2, r: 3.1 },
			{ x: 0.1, y: 0, width: 10.4, height: 2 },
			{ x1: 1, y1: 2, x2: 3.4, y2: 4 },
			{ x: 5.6, y: 6, 'text-anchor': 'end' },
		]);
	});

	test('plotViewportAttributes(plot) keeps chart coordinates inside the plot and clips to it', () => {
		expect(plotViewportAttributes({ x: 40.04, y: 16, width: 584.26, height: 356 })).toEqual({
			x: 40,
			y: 16,
			width: 584.3,
			height: 356,
			viewBox: '40 16 584.3 356',
			preserveAspectRatio: 'none',
			overflow: 'hidden',
		});
	});

	test('markAttributes(path) keeps the commands and the number of points', () => {
		const d = 'M1.11,2.22L3.33,4.44L5.55,6.66C1,2,3,4,5,6Z';
		const rounded = String(markAttributes({ ...base, kind: 'path', d }).d);
		expect(rounded.replace(/[^A-Za-z]/g, '')).toBe('MLLCZ');
		expect(rounded.split(/[ ,A-Za-z]+/).filter(Boolean)).toHaveLength(12);
	});

	test('markAttributes(path) draws a scaled path through a transform that reads back as its scale', () => {
		const scale = { k: 2.345678, x: -10.04, y: 3.06 };
		const { transform, style } = markAttributes({ ...base, kind: 'path', d: 'M0,0l1,1z', scale });
		expect(transform).toBe('matrix(2.3457 0 0 2.3457 -10 3.1)');
		// The zoom CSS divides the stroke by, so the lines keep their width.
		expect(style).toBe('--rd-zoom:2.3457');
		expect(readScaleTransform(String(transform))).toEqual({ k: 2.3457, x: -10, y: 3.1 });
	});

	test('markOpacity(mark) defaults to 1, clamps to 0–1 and rounds to two decimals', () => {
		expect(markOpacity(marks[0] as Mark)).toBe(1);
		expect(markOpacity({ ...base, kind: 'line', x1: 0, y1: 0, x2: 0, y2: 0, opacity: 0.256 })).toBe(
			0.26,
		);
		expect(markOpacity({ ...base, kind: 'line', x1: 0, y1: 0, x2: 0, y2: 0, opacity: 3 })).toBe(1);
		expect(markOpacity({ ...base, kind: 'line', x1: 0, y1: 0, x2: 0, y2: 0, opacity: -1 })).toBe(0);
	});

	test('formatInBetween(name, value) writes a transition frame as the renderers write end values', () => {
		expect(formatInBetween('cx', 12.3456)).toBe('12.3');
		expect(formatInBetween('x1', -0.04)).toBe('0');
		expect(formatInBetween('fill-opacity', 0.4567)).toBe('0.46');
		expect(formatInBetween('stroke-opacity', 1.0001)).toBe('1');
	});
});
