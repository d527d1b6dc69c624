import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { joinPage, useViewportSource } from '../../../src/scripts/page-rest';
import type { Cause, Viewport, ViewportSource } from '../../../src/lib/scrolly/viewport';

/** A viewport source driven by the test, as an embed's host would drive one. */
function fakeSource(viewport: Viewport) {
	let events: { moved: () => void; settled: (cause: Cause) => void } | undefined;
	const source: ViewportSource = {
		read: () => viewport,
		watch: (heard, signal) => {
			events = heard;
			signal.addEventListener('abort', () => (events = undefined));
		},
	};
	return { source, events: () => events };
}

describe('joinPage', () => {
	let log: string[];
	let stop: AbortController;
	const reader = (name: string) => ({
		moved: () => log.push(`${name} moved`),
		read: (viewport: Viewport, cause: Cause) => log.push(`${name} read ${cause} ${viewport.top}`),
		write: () => log.push(`${name} write`),
	});

	beforeEach(() => {
		vi.useFakeTimers();
		log = [];
		stop = new AbortController();
	});
	afterEach(() => {
		stop.abort();
		vi.useRealTimers();
	});

	it('has every reader read the supplied viewport, then every reader write, in one task', () => {
		const fake = fakeSource({ top: 1200, height: 600 });
		useViewportSource(fake.source);
		joinPage(reader('a'), stop.signal);
		joinPage(reader('b'), stop.signal);
		fake.events()?.settled('rest');
		expect(log).toEqual([]);
		vi.runAllTimers();
		expect(log).toEqual(['a read rest 1200', 'b read rest 1200', 'a write', 'b write']);
	});

	it('reads once for many reports, and a jump outranks a rest', () => {
		const fake = fakeSource({ top: 0, height: 600 });
		useViewportSource(fake.source);
		joinPage(reader('a'), stop.signal);
		fake.events()?.settled('rest');
		fake.events()?.settled('jump');
		fake.events()?.settled('rest');
		vi.runAllTimers();
		expect(log).toEqual(['a read jump 0', 'a write']);
	});

	it('tells readers the page moved in a task of their own', () => {
		const fake = fakeSource({ top: 0, height: 600 });
		useViewportSource(fake.source);
		joinPage(reader('a'), stop.signal);
		fake.events()?.moved();
		expect(log).toEqual([]);
		vi.runAllTimers();
		expect(log).toEqual(['a moved']);
	});

	it('has a reader that joins after the page is laid out read at once', () => {
		const fake = fakeSource({ top: 300, height: 600 });
		useViewportSource(fake.source);
		joinPage(reader('a'), stop.signal);
		fake.events()?.settled('jump');
		vi.runAllTimers();
		joinPage(reader('late'), stop.signal);
		vi.runAllTimers();
		expect(log.slice(2)).toEqual([
			'a read jump 300',
			'late read jump 300',
			'a write',
			'late write',
		]);
	});

	it('stops watching the source when the last reader leaves', () => {
		const fake = fakeSource({ top: 0, height: 600 });
		useViewportSource(fake.source);
		const own = new AbortController();
		joinPage(reader('a'), own.signal);
		expect(fake.events()).toBeDefined();
		own.abort();
		expect(fake.events()).toBeUndefined();
	});
});
