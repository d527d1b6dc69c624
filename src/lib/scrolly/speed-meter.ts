/** A gap between samples longer than this means the page stood still. */
const STILL_MS = 100;
/** How long before its first event a scroll that starts from rest is taken to have begun. */
const FRAME_MS = 1000 / 60;

/**
 * The page's scroll speed, from positions sampled once a frame while it scrolls (in pixels per
 * second). Nothing is sampled while the page is still, so the first sample after a pause would
 * divide its movement by the whole pause, and a flick or a jump would read as slow in its first
 * frame. A scroll that starts from rest is timed from one frame before its first event instead.
 */
export class SpeedMeter {
	#y: number;
	#t: number;

	constructor(y: number, t: number) {
		this.#y = y;
		this.#t = t;
	}

	/** A scroll event at time `t` (ms): if the page was still, the movement began just now. */
	scrolled(t: number): void {
		if (t - this.#t > STILL_MS) this.#t = t - FRAME_MS;
	}

	/** The position `y` sampled at time `t` (ms); the speed since the last sample. */
	sample(y: number, t: number): number {
		const speed = (Math.abs(y - this.#y) / Math.max(t - this.#t, 1)) * 1000;
		this.#y = y;
		this.#t = t;
		return speed;
	}
}
