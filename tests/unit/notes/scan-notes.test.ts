import { describe, expect, it } from 'vitest';
import { scanNotes, splitKeys } from '../../../src/lib/notes/scan-notes';

describe('scanNotes', () => {
	it('scanNotes(body, slug) lists citations and notes in reading order with their keys', () => {
		const body = [
			'Kim was expected.<Cite id="mt2015kremlin" /> The envoy,',
			'<Note kind="context" id="matsegora" cite="tass2025 nk2015">Ambassador <em>then</em>.</Note> said so.',
			'<Scrolly chart="x"><Step id="s" state={{ a: 1 }} description="d">Text.<Cite id="a2001 b2002"/></Step></Scrolly>',
			'<Note kind="fact-check" id="crew" verdict="wrong" claim="81 > 82?" cite="time1968">Record.</Note>',
		].join('\n');
		expect(scanNotes(body, 'pueblo')).toEqual([
			{ kind: 'source', id: 'cite-pueblo-1', keys: ['mt2015kremlin'], number: 1 },
			{ kind: 'context', id: 'matsegora', keys: ['tass2025', 'nk2015'], number: 2 },
			{ kind: 'source', id: 'cite-pueblo-2', keys: ['a2001', 'b2002'], number: 3 },
			{ kind: 'fact-check', id: 'crew', keys: ['time1968'], number: 4 },
		]);
	});

	it('splitKeys accepts spaces, commas and semicolons', () => {
		expect(splitKeys('a, b;c  d')).toEqual(['a', 'b', 'c', 'd']);
		expect(splitKeys(undefined)).toEqual([]);
	});
});
