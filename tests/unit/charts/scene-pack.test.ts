import { describe, expect, it } from 'vitest';
import { packFrames, unpackFrames } from '../../../src/lib/charts/scene-pack';
import type { Mark, Scene } from '../../../src/lib/charts/scene';

const frame = { width: 640, height: 400, plot: { x: 0, y: 0, width: 640, height: 400 } };
const coast = {
	kind: 'path',
	key: 'land',
	className: 'rd-map-land',
	layer: 'data',
	d: 'M0.04,0.06L10.123,20.987Z',
} as const;
const dot = {
	kind: 'circle',
	key: 'c',
	className: 'x',
	layer: 'data',
	cx: 1.234,
	cy: 2,
	r: 3,
} as const;
const label: Mark = {
	kind: 'text',
	key: 'c-label',
	className: 'rd-map-label',
	layer: 'frame',
	x: 4.56,
	y: 7,
	text: 'Wonsan',
	anchor: 'end',
};
const wide: Scene[] = [
	{ ...frame, title: 'A', description: 'First.', marks: [coast, dot, label] },
	{
		...frame,
		title: 'B',
		description: 'Second.',
		marks: [coast, { ...dot, cx: 5, opacity: 0.333 }, label],
	},
];
const compact: Scene[] = wide.map((scene) => ({
	...scene,
	width: 400,
	height: 250,
	marks: scene.marks.map((m) => (m.kind === 'circle' ? { ...m, r: 2 } : m)),
}));

describe('packFrames', () => {
	it('packFrames(scenes) stores a mark shared by several steps once per frame', () => {
		const packed = packFrames({ wide, compact });
		expect(packed.wide.marks).toHaveLength(4);
		expect(packed.wide.scenes.map((s) => s.marks)).toEqual([
			[0, 1, 2],
			[0, 3, 2],
		]);
		expect(packed.compact.scenes[0]).toMatchObject({ width: 400, height: 250, marks: [0, 1, 2] });
	});

	it('packFrames(scenes) writes each key, class and text once for both frames', () => {
		const { strings } = packFrames({ wide, compact });
		expect(strings).toEqual(['land', 'rd-map-land', 'c', 'x', 'c-label', 'rd-map-label', 'Wonsan']);
	});

	it('unpackFrames(packFrames(scenes)) gives the scenes back, rounded as the renderers round', () => {
		const unpacked = unpackFrames(packFrames({ wide, compact }));
		const [first, second] = unpacked.wide;
		expect(first?.marks).toEqual([
			{ ...coast, d: 'M0,0.1L10.1,21Z' },
			{ ...dot, cx: 1.2 },
			{ ...label, x: 4.6 },
		]);
		expect(second?.marks[1]).toEqual({ ...dot, cx: 5, opacity: 0.33 });
		expect(second).toMatchObject({ title: 'B', description: 'Second.', width: 640 });
		expect(unpacked.compact[1]?.marks[1]).toMatchObject({ r: 2, opacity: 0.33 });
	});

	it('unpackFrames(packFrames(scenes)) gives a scaled path back with its scale and opacity', () => {
		const zoomed = { ...coast, d: 'M1,2l3,4z', scale: { k: 2.5, x: -10, y: 4 } };
		const scene = { ...frame, title: 'Z', description: 'Zoomed.' };
		const unpacked = unpackFrames(
			packFrames({
				wide: [
					{ ...scene, marks: [zoomed] },
					{ ...scene, marks: [{ ...zoomed, opacity: 0 }] },
				],
				compact: [],
			}),
		);
		expect(unpacked.wide.map((s) => s.marks[0])).toEqual([zoomed, { ...zoomed, opacity: 0 }]);
	});
});
