import type { Cause } from './viewport';

/** With no scroll event for this long the page is at rest, even with a finger on it. */
export const QUIET_MS = 150;
/**
 * How long after `scrollend` the page counts as at rest when no finger is down. A finger that
 * catches a fling ends it with a `scrollend` and lands to swipe on; its `touchstart` can reach
 * the page a few milliseconds later, and then only a quiet interval rests the page.
 */
export const SCROLLEND_MS = 50;

/**
 * Decides when the page starts to move and when it rests, from the events it is told about:
 * the page is at rest `SCROLLEND_MS` after a `scrollend` with no finger down (a finger holding
 * the page still is not a rest the browser reports), or `QUIET_MS` after the last scroll event
 * (where `scrollend` is missing, or a finger rests on the page). A finger landing on a moving
 * page starts the quiet wait again: it stops a fling to swipe on. A jump (load, resize, a link,
 * the page changing size) settles the page at once, or, while it moves, at the rest that
 * follows, so no chart changes under a moving page.
 */
export class RestDetector {
	#moving = false;
	#fingers = 0;
	#jumped = false;
	#timer: ReturnType<typeof setTimeout> | undefined;
	readonly #onMove: () => void;
	readonly #onSettle: (cause: Cause) => void;
	readonly #quietMs: number;

	/** `quietMs`: the quiet interval, longer where scroll events arrive relayed and jittery. */
	constructor(onMove: () => void, onSettle: (cause: Cause) => void, quietMs = QUIET_MS) {
		this.#onMove = onMove;
		this.#onSettle = onSettle;
		this.#quietMs = quietMs;
	}

	get moving(): boolean {
		return this.#moving;
	}

	scroll(): void {
		if (!this.#moving) {
			this.#moving = true;
			this.#onMove();
		}
		this.#restIn(this.#quietMs);
	}

	scrollEnd(): void {
		if (this.#moving && this.#fingers === 0) this.#restIn(SCROLLEND_MS);
	}

	/** `fingers` are on the page now; `landed`: one has just touched it. */
	touch(fingers: number, landed: boolean): void {
		this.#fingers = fingers;
		if (landed && this.#moving) this.#restIn(this.#quietMs);
	}

	jump(): void {
		if (this.#moving) this.#jumped = true;
		else this.#onSettle('jump');
	}

	stop(): void {
		clearTimeout(this.#timer);
		this.#moving = false;
	}

	#restIn(ms: number): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const cause = this.#jumped ? 'jump' : 'rest';
			this.#moving = this.#jumped = false;
			this.#onSettle(cause);
		}, ms);
	}
}
