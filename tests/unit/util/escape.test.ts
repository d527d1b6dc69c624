import { describe, expect, test } from 'vitest';
import { escapeXml } from '../../../src/lib/util/escape';

describe('escapeXml', () => {
	test('escapeXml(s) escapes the five XML special characters', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
		);
	});

	test('escapeXml(s) leaves other text, including non-ASCII, unchanged', () => {
		expect(escapeXml('Détente, 1969–1979 “quoted”')).toBe('Détente, 1969–1979 “quoted”');
	});

	test('escapeXml(s) escapes an ampersand once, so entities stay visible as text', () => {
		expect(escapeXml('&amp;')).toBe('&amp;amp;');
	});
});
