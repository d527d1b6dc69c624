import { describe, expect, test } from 'vitest';
import { estimateTextWidth, fitText, wrapText } from '../../../src/lib/charts/text-width';

describe('text width', () => {
	test('estimateTextWidth(text, size) allows 6 units a character at 11px, scaled by size', () => {
		expect(estimateTextWidth('Wonsan')).toBe(36);
		expect(estimateTextWidth('Wonsan', 22)).toBe(72);
	});

	test('fitText(candidates, room, size) picks the first that fits, else the last', () => {
		expect(fitText(['a long label', 'short'], 40)).toBe('short');
		expect(fitText(['fits', 'x'], 40)).toBe('fits');
		expect(fitText(['far too long', 'still too long'], 10)).toBe('still too long');
	});

	test('wrapText(text, room, size) breaks at spaces into lines that fit', () => {
		expect(wrapText('The $10.96 bn uses the Soviet rate', 100)).toEqual([
			'The $10.96 bn',
			'uses the Soviet',
			'rate',
		]);
		expect(wrapText('unbreakable', 10)).toEqual(['unbreakable']);
	});
});
