import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charactersOf, subsetWoff2 } from '../../../src/integrations/subset-fonts';

const serif = readFileSync(
	'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
);

describe('charactersOf', () => {
	it('keeps every character of the text, once, with numeric entities decoded', () => {
		const chars = charactersOf(['Kim’s “visit” – 1984', '<p>caf&#xe9; &#8212; ok</p>']);
		for (const c of '’“”–é—') expect(chars).toContain(c);
		expect(new Set(chars).size).toBe(chars.length);
	});

	it('always keeps printable ASCII and never a control character', () => {
		const chars = charactersOf(['\n\t']);
		expect(chars).toContain('~');
		expect(chars).toContain('A');
		expect(chars).not.toMatch(/[\n\t]/);
	});
});

describe('subsetWoff2', () => {
	it('returns a woff2 much smaller than the whole Latin subset', async () => {
		const cut = await subsetWoff2(serif, charactersOf(['Putin and the Hermit Kingdom']));
		expect(cut.subarray(0, 4).toString('latin1')).toBe('wOF2');
		expect(cut.length).toBeLessThan(serif.length / 2);
	}, 30_000);
});
