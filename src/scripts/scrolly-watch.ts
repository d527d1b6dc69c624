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
 * Fetches a scrolly's scenes once `element` is a screen away, or when the returned function is
 * called, for `onLoad` to parse at first use (a draw, at rest, never in a scrolling frame).
 */
export function loadScenesWhenNear(
	element: Element,
	url: string,
	onLoad: (scenes: () => Record<Frame, Scene[]>) => void,
	signal: AbortSignal,
): () => void {
	let asked = false;
	const load = () => {
		if (asked) return;
		asked = true;
		near.disconnect();
		let scenes: Record<Frame, Scene[]> | undefined;
		fetch(url, { signal })
			.then((response) => response.text())
			.then((text) => onLoad(() => (scenes ??= unpackFrames(JSON.parse(text) as PackedFrames))))
			.catch(() => undefined);
	};
	const near = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && load(), {
		rootMargin: '100% 0px',
	});
	near.observe(element);
	signal.addEventListener('abort', () => near.disconnect());
	return load;
}
