import type { Frame } from '../lib/charts/chart-type';
import type { Scene } from '../lib/charts/scene';
import { unpackFrames, type PackedFrames } from '../lib/charts/scene-pack';
import { frameFor } from '../lib/scrolly/frame';

/** Calls `onChange` with the frame `element`'s width asks for when that choice changes. */
export function watchFrame(
	element: Element,
	onChange: (frame: Frame) => void,
	signal: AbortSignal,
): void {
	let current: Frame | undefined;
	const observer = new ResizeObserver(([entry]) => {
		const width = entry?.contentRect.width ?? 0;
		if (width > 0 && frameFor(width) !== current) onChange((current = frameFor(width)));
	});
	observer.observe(element);
	signal.addEventListener('abort', () => observer.disconnect());
}

/**
 * Tells `onCross` when a step's top crosses the line `trigger` of the way down the viewport, with
 * the position and time an IntersectionObserver's entry took (so nothing is read while scrolling).
 */
export function watchCrossings(
	steps: readonly Element[],
	trigger: number,
	onCross: (index: number, passed: boolean, time: number) => void,
	signal: AbortSignal,
): void {
	const observer = new IntersectionObserver(
		(entries) => {
			for (const { target, boundingClientRect, rootBounds, time } of entries) {
				const line = rootBounds?.bottom ?? innerHeight * trigger;
				onCross(steps.indexOf(target), boundingClientRect.top <= line, time);
			}
		},
		{ rootMargin: `0px 0px -${Math.round((1 - trigger) * 100)}% 0px` },
	);
	for (const step of steps) observer.observe(step);
	signal.addEventListener('abort', () => observer.disconnect());
}

/**
 * Tells `on.near` whether `element` is within a screen of the viewport whenever that changes,
 * and again once the scenes at `url` (if any) are in: they are fetched the first time it is, for
 * `on.load` to parse at first use (a draw, at rest, never in a scrolling frame).
 */
export function watchNear(
	element: Element,
	url: string | undefined,
	on: { near: (near: boolean) => void; load: (scenes: () => Record<Frame, Scene[]>) => void },
	signal: AbortSignal,
): void {
	let near = false;
	const load = (from: string) => {
		url = undefined;
		let scenes: Record<Frame, Scene[]> | undefined;
		fetch(from, { signal })
			.then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
			.then((text) => on.load(() => (scenes ??= unpackFrames(JSON.parse(text) as PackedFrames))))
			.then(() => on.near(near))
			// No scenes (offline, blocked): the page reads as without JavaScript, in static figures.
			.catch(() => signal.aborted || delete document.documentElement.dataset['js']);
	};
	// One element is watched: its latest entry says where it is.
	const observer = new IntersectionObserver(
		(entries) => {
			near = entries.at(-1)?.isIntersecting ?? near;
			if (near && url) load(url);
			on.near(near);
		},
		{ rootMargin: '100% 0px' },
	);
	observer.observe(element);
	signal.addEventListener('abort', () => observer.disconnect());
}
