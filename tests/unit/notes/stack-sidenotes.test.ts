import { describe, expect, it } from 'vitest';
import { stackSidenotes } from '../../../src/lib/notes/stack-sidenotes';

describe('stackSidenotes', () => {
	it('stackSidenotes(notes, []) keeps notes beside their markers when they fit', () => {
		expect(
			stackSidenotes(
				[
					{ top: 0, height: 50 },
					{ top: 100, height: 50 },
				],
				[],
			),
		).toEqual([0, 100]);
	});

	it('stackSidenotes(notes, []) lets two crowded notes share the shift, one up and one down', () => {
		expect(
			stackSidenotes(
				[
					{ top: 200, height: 80 },
					{ top: 240, height: 50 },
				],
				[],
			),
		).toEqual([174, 266]);
	});

	it('stackSidenotes(notes, []) never lifts a note above the top of the column', () => {
		expect(
			stackSidenotes(
				[
					{ top: 0, height: 80 },
					{ top: 40, height: 50 },
				],
				[],
			),
		).toEqual([0, 92]);
	});

	it('stackSidenotes(notes, []) does not let one busy paragraph push later notes down', () => {
		const busy = Array.from({ length: 5 }, () => ({ top: 400, height: 60 }));
		const tops = stackSidenotes([...busy, { top: 900, height: 60 }], []);
		expect(tops.at(-1)).toBe(900);
		expect(tops[0]).toBeLessThan(400);
	});

	it('stackSidenotes(notes, figures) keeps a note on the side of a figure its marker is on', () => {
		const figure = { top: 100, height: 300 };
		expect(stackSidenotes([{ top: 90, height: 40 }], [figure])).toEqual([48]);
		expect(stackSidenotes([{ top: 0, height: 40 }], [figure])).toEqual([0]);
		expect(stackSidenotes([{ top: 390, height: 40 }], [figure])).toEqual([412]);
	});
});

describe('stackSidenotes with a limit', () => {
	it('stackSidenotes(notes, figures, maxShift) gives up on the note placed farthest, and the others keep their place', () => {
		const notes = [
			{ top: 0, height: 500 },
			{ top: 20, height: 40 },
			{ top: 600, height: 40 },
		];
		expect(stackSidenotes(notes, [], 300)).toEqual([0, null, 600]);
	});

	it('a note that cannot fit beside its stretch of text is given up', () => {
		expect(stackSidenotes([{ top: 90, height: 140 }], [{ top: 100, height: 3000 }], 400)).toEqual([
			null,
		]);
	});
});
