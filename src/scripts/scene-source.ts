import type { Frame } from '../lib/charts/chart-type';
import type { Scene } from '../lib/charts/scene';
import { unpackFrames, type PackedFrames } from '../lib/charts/scene-pack';

/**
 * Fetches a scrolly's scenes from `url` once `element` comes within a screen of the viewport
 * (a deep link brings it there at once), and hands them to `onLoad`. Until then, and if the
 * fetch fails, the chart keeps the state the HTML drew.
 */
export function loadScenesWhenNear(
	element: Element,
	url: string,
	onLoad: (scenes: Record<Frame, Scene[]>) => void,
	signal: AbortSignal,
): void {
	const near = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			near.disconnect();
			fetch(url, { signal })
				.then((response) => response.json() as Promise<PackedFrames>)
				.then((packed) => onLoad(unpackFrames(packed)))
				.catch(() => undefined);
		},
		{ rootMargin: '100% 0px' },
	);
	near.observe(element);
	signal.addEventListener('abort', () => near.disconnect());
}
