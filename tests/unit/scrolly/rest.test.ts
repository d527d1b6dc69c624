import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS, RestDetector, SCROLLEND_MS } from '../../../src/lib/scrolly/rest';

describe('RestDetector', () => {
	let log: string[];
	let rest: RestDetector;

	beforeEach(() => {
		vi.useFakeTimers();
		log = [];
		rest = new RestDetector(
			() => log.push('move'),
			(cause) => log.push(cause),
		);
	});
	afterEach(() => vi.useRealTimers());

	it('hears the page start to move once, however many scroll events follow', () => {
		rest.scroll();
		rest.scroll();
		expect(log).toEqual(['move']);
		expect(rest.moving).toBe(true);
	});

	it('rests SCROLLEND_MS after scrollend with no finger down', () => {
		rest.scroll();
		rest.scrollEnd();
		vi.advanceTimersByTime(SCROLLEND_MS - 1);
		expect(log).toEqual(['move']);
		vi.advanceTimersByTime(1);
		expect(log).toEqual(['move', 'rest']);
		expect(rest.moving).toBe(false);
	});

	it('rests after QUIET_MS without scroll events where scrollend never comes', () => {
		rest.scroll();
		vi.advanceTimersByTime(QUIET_MS - 1);
		rest.scroll();
		vi.advanceTimersByTime(QUIET_MS - 1);
		expect(log).toEqual(['move']);
		vi.advanceTimersByTime(1);
		expect(log).toEqual(['move', 'rest']);
	});

	it('ignores scrollend with a finger down: a finger holding the page rests it only by a quiet interval', () => {
		rest.touch(1, true);
		rest.scroll();
		rest.scrollEnd();
		vi.advanceTimersByTime(SCROLLEND_MS);
		expect(log).toEqual(['move']);
		vi.advanceTimersByTime(QUIET_MS - SCROLLEND_MS);
		expect(log).toEqual(['move', 'rest']);
	});

	it('does not rest when a finger catches a fling just after its scrollend to swipe on', () => {
		rest.scroll();
		rest.scrollEnd();
		vi.advanceTimersByTime(SCROLLEND_MS - 10);
		rest.touch(1, true);
		vi.advanceTimersByTime(QUIET_MS - 20);
		rest.scroll();
		expect(log).toEqual(['move']);
		rest.touch(0, false);
		rest.scrollEnd();
		vi.advanceTimersByTime(SCROLLEND_MS);
		expect(log).toEqual(['move', 'rest']);
	});

	it('a finger landing on a page at rest does not make it move', () => {
		rest.touch(1, true);
		vi.advanceTimersByTime(QUIET_MS * 2);
		expect(log).toEqual([]);
	});

	it('a jump at rest settles the page at once', () => {
		rest.jump();
		expect(log).toEqual(['jump']);
	});

	it('a jump while the page moves (the page resized under a scroll) waits for the rest, and makes it a jump', () => {
		rest.scroll();
		rest.jump();
		expect(log).toEqual(['move']);
		rest.scrollEnd();
		vi.advanceTimersByTime(SCROLLEND_MS);
		expect(log).toEqual(['move', 'jump']);
		rest.scroll();
		vi.advanceTimersByTime(QUIET_MS);
		expect(log).toEqual(['move', 'jump', 'move', 'rest']);
	});

	it('stop() cancels a pending rest', () => {
		rest.scroll();
		rest.stop();
		vi.advanceTimersByTime(QUIET_MS);
		expect(log).toEqual(['move']);
	});

	it('waits the quiet interval it is given, for relayed scrolling', () => {
		const relayed = new RestDetector(
			() => log.push('move'),
			(cause) => log.push(cause),
			2 * QUIET_MS,
		);
		relayed.scroll();
		vi.advanceTimersByTime(2 * QUIET_MS - 1);
		expect(log).toEqual(['move']);
		vi.advanceTimersByTime(1);
		expect(log).toEqual(['move', 'rest']);
	});
});
