import { describe, expect, it } from 'vitest';
import { lineOfPath } from '../../../src/lib/util/source-position';

const yaml = ['title: A', 'original:', '  title: B', '  author: C', 'updated: 2026-12-06'].join(
	'\n',
);
const json = [
	'{',
	'\t"type": "t",',
	'\t"data": {',
	'\t\t"events": [',
	'\t\t\t{ "id": "a" },',
	'\t\t\t{',
	'\t\t\t\t"date": "x"',
	'\t\t\t}',
	'\t\t]',
	'\t}',
	'}',
].join('\n');

describe('lineOfPath', () => {
	it('lineOfPath(text, path) is the line of the key or array item the path names, in YAML or JSON', () => {
		expect(lineOfPath(yaml, ['original', 'author'])).toBe(4);
		expect(lineOfPath(yaml, ['updated'])).toBe(5);
		expect(lineOfPath(json, ['type'])).toBe(2);
		expect(lineOfPath(json, ['data', 'events', 1])).toBe(6);
		expect(lineOfPath(json, ['data', 'events', 1, 'date'])).toBe(7);
	});

	it('lineOfPath(text, path) of a missing key is the line of the nearest entry that exists', () => {
		expect(lineOfPath(yaml, ['original', 'outlet'])).toBe(2);
		expect(lineOfPath(yaml, ['summary'])).toBe(1);
		expect(lineOfPath(json, ['data', 'events', 5, 'date'])).toBe(4);
	});
});
