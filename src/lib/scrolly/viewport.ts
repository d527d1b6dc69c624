/** The band of the page the reader sees, in the page's CSS pixels from its top. */
export interface Viewport {
	readonly top: number;
	readonly height: number;
}

/** Why the page asks its scrollies to read: it came to rest, or it jumped (load, resize, link). */
export type Cause = 'rest' | 'jump';

/**
 * Where the reader's viewport is and when it moves: the window by default; a page shown in a
 * frame can supply the box its host relays instead. `watch` reports `settled('jump')` once the
 * page is laid out, then movement, until `signal` aborts.
 */
export interface ViewportSource {
	read(): Viewport;
	watch(
		events: { readonly moved: () => void; readonly settled: (cause: Cause) => void },
		signal: AbortSignal,
	): void;
}

/**
 * The detail of the `stepenter` and `stepexit` events `<reader-scrolly>` dispatches (they
 * bubble): the shape scrollama's callbacks receive, so a page can drive a graphic of its own.
 */
export interface StepEventDetail {
	readonly element: HTMLElement;
	readonly index: number;
	readonly direction: 'up' | 'down';
}
