import type { Viewport } from './viewport';

/** Where a step becomes current: this fraction of the viewport height from its top. */
export const TRIGGER = 0.6;

/** A step's top and bottom, in the page's CSS pixels from its top. */
export interface StepBox {
	readonly top: number;
	readonly bottom: number;
}

/** Where the page rests, for one scrolly. */
export interface Located {
	/** The current step (-1: none reached yet). */
	readonly index: number;
	/** Whether that step is in view. */
	readonly onScreen: boolean;
	/** How fast the reader passed the step before it, in viewport heights a second. */
	readonly pace: number;
}

/** The last step whose top has passed the trigger line of `viewport` (-1: none yet). */
export function activeStepIndex(boxes: readonly StepBox[], viewport: Viewport): number {
	const line = viewport.top + viewport.height * TRIGGER;
	return boxes.findLastIndex((box) => box.top <= line);
}

/**
 * One scrolly's steps: their boxes, measured when the page jumps, and the times their tops
 * crossed the trigger line while the page moved (from an IntersectionObserver's entries).
 * Pure, so it runs against any viewport.
 */
export class StepTrack {
	#boxes: readonly StepBox[] = [];
	#passed: (boolean | undefined)[] = [];
	#crossings: { step: number; time: number }[] = [];

	/** Takes the steps' boxes as measured `scrolled` px down the page (viewport coordinates). */
	measure(boxes: readonly StepBox[], scrolled = 0): void {
		this.#boxes = boxes.map(({ top, bottom }) => ({
			top: top + scrolled,
			bottom: bottom + scrolled,
		}));
	}

	/**
	 * Whether the steps are no longer where they were measured: the first one's top or the last
	 * one's bottom (`span`, viewport coordinates, `scrolled` px down the page) moved. Something
	 * above them changed size (a note opened), or a step did (first laid out as it came near).
	 */
	shifted(span: StepBox, scrolled = 0): boolean {
		const [first, last] = [this.#boxes[0], this.#boxes.at(-1)];
		const moved = (was: number, is: number) => Math.abs(was - (is + scrolled)) > 1;
		return !first || !last || moved(first.top, span.top) || moved(last.bottom, span.bottom);
	}

	/** Step `step`'s top is above the line (`passed`) or below it, as seen at `time` (ms). */
	crossed(step: number, passed: boolean, time: number): void {
		const before = this.#passed[step];
		if (before !== undefined && before !== passed) this.#crossings.push({ step, time });
		this.#passed[step] = passed;
	}

	/**
	 * The step current in `viewport`; `chosen` (a step the reader linked to or focused; -1 or
	 * undefined: none) wins while it is in view. Forgets the crossings: the next move starts afresh.
	 */
	locate(viewport: Viewport, chosen = -1): Located {
		const inView = (i: number) => {
			const box = this.#boxes[i];
			return !!box && box.bottom > viewport.top && box.top < viewport.top + viewport.height;
		};
		const index = inView(chosen) ? chosen : activeStepIndex(this.#boxes, viewport);
		const [before, last] = this.#crossings.slice(-2);
		this.#crossings = [];
		const top = (step: number) => this.#boxes[step]?.top ?? 0;
		const pace =
			before && last && last.time > before.time
				? (Math.abs(top(last.step) - top(before.step)) / (last.time - before.time)) *
					(1000 / viewport.height)
				: Infinity;
		return { index, onScreen: inView(index), pace };
	}
}
