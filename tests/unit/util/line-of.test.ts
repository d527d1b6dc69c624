import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineOf } from '../../../src/lib/util/line-of';

describe('lineOf', () => {
	const file = join(mkdtempSync(join(tmpdir(), 'line-of-')), 'section.mdx');
	writeFileSync(file, '---\ntitle: T\n---\n\nText.<Cite id="a2001b" />\n');

	it('lineOf(file, needle) is the 1-based line where the needle first appears', () => {
		expect(lineOf(file, 'a2001b')).toBe(5);
	});

	it('lineOf(file, needle) is undefined for a missing needle or an unreadable file', () => {
		expect(lineOf(file, 'nowhere')).toBeUndefined();
		expect(lineOf(`${file}.missing`, 'a2001b')).toBeUndefined();
	});
});
