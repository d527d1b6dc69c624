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

	it('stackSidenotes(notes, []) pushes a note down below the one above it', () => {
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

	it('stackSidenotes(notes, figures) moves a note below a figure it would overlap', () => {
		expect(stackSidenotes([{ top: 90, height: 40 }], [{ top: 100, height: 300 }])).toEqual([412]);
		expect(stackSidenotes([{ top: 0, height: 40 }], [{ top: 100, height: 300 }])).toEqual([0]);
	});
});

describe('stackSidenotes with a limit', () => {
	it('stackSidenotes(notes, figures, maxShift) gives up on a note pushed too far, and the next keeps its place', () => {
		const notes = [
			{ top: 0, height: 500 },
			{ top: 20, height: 40 },
			{ top: 600, height: 40 },
		];
		expect(stackSidenotes(notes, [], 300)).toEqual([0, null, 600]);
	});

	it('a note before a tall figure is given up rather than sent below it', () => {
		expect(stackSidenotes([{ top: 90, height: 40 }], [{ top: 100, height: 3000 }], 400)).toEqual([
			null,
		]);
	});
});
