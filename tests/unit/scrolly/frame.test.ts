import { describe, expect, it } from 'vitest';
import { COMPACT_BELOW, frameFor } from '../../../src/lib/scrolly/frame';

describe('frameFor', () => {
	it('frameFor(width) is compact below COMPACT_BELOW and wide from it', () => {
		expect(frameFor(358)).toBe('compact');
		expect(frameFor(COMPACT_BELOW - 0.5)).toBe('compact');
		expect(frameFor(COMPACT_BELOW)).toBe('wide');
		expect(frameFor(640)).toBe('wide');
	});
});
