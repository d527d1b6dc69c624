import { applyScene } from '../lib/charts/apply-scene';
import type { Frame } from '../lib/charts/chart-type';
import type { Scene } from '../lib/charts/scene';
import { unpackFrames, type PackedFrames } from '../lib/charts/scene-pack';
import { watchSteps, type StopWatching } from './step-watcher';
import { activeStepIndex, TRIGGER } from './active-step';
import { trackScrollSpeed } from './scroll-speed';
import { watchFrame } from './scrolly-frame';

const TRANSITION_MS = 600;

/**
 * How the reader reached a step. `read`: scrolling at reading pace, or tabbing to a step (the
 * chart animates, the address follows). `land`: a flick settled there (the chart changes at
 * once, the address follows). `jump`: load, resize or a link (at once; the address is left as
 * it is, and a step the link names wins while it is on screen).
 */
type Arrival = 'read' | 'land' | 'jump';
const PRECEDENCE: readonly Arrival[] = ['read', 'land', 'jump'];
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/**
 * `<reader-scrolly>`: keeps the sticky chart in the state of the step being read. The current
 * step is the last one whose top has passed the trigger line, read from the geometry whenever a
 * step crosses that line, and on load, resize and hash change, so flicks, the End key, deep links
 * and scrolling back up all land on exactly one state, with no replay of the steps between.
 * The chart moves only while the page is at rest: while it scrolls the chart holds still, and
 * once it rests the chart shows the step the reader stopped at, animated after reading-pace
 * scrolling, at once after a flick, a jump or a resize.
 * State goes out as `aria-current="step"` on that step and `data-active-step` on the element.
 * The chart takes its compact frame while its container is narrow (see `watchFrame`); a change
 * of frame redraws the current step at once, and steps then animate within that frame.
 */
class ReaderScrolly extends HTMLElement {
	#abort = new AbortController();
	#stopWatching: StopWatching | undefined;
	#stopFrame: (() => void) | undefined;
	#steps: HTMLElement[] = [];
	#scenes: Record<Frame, Scene[]> | undefined;
	/** The frame the live chart shows: the server renders it wide. */
	#frame: Frame = 'wide';
	#svg: SVGSVGElement | null = null;
	#active = -1;
	/** When the running transition ends (performance.now() time), 0 when none runs. */
	#movingUntil = 0;
	/** The update queued, if any, and how its step was reached. */
	#queued: Arrival | undefined;
	/** A step crossed the line while the page moved: it is shown when the page rests. */
	#held = false;
	#scrolling: { isMoving: () => boolean } | undefined;

	connectedCallback(): void {
		this.#steps = [...this.querySelectorAll<HTMLElement>('.rd-step')];
		const packed = this.querySelector('script[data-scenes]')?.textContent;
		this.#scenes = packed ? unpackFrames(JSON.parse(packed) as PackedFrames) : undefined;
		const graphic = this.querySelector('.rd-scrolly__graphic');
		this.#svg = graphic?.querySelector<SVGSVGElement>('svg.rd-chart') ?? null;
		const count = this.#steps.length;
		const { wide = [], compact = [] } = this.#scenes ?? {};
		if (!graphic || !this.#svg || !count || wide.length !== count || compact.length !== count)
			return;

		const { signal } = this.#abort;
		this.#scrolling = trackScrollSpeed(signal, {
			// The chart never moves while the page does (each frame would have to lay out the
			// chart and scroll the page at once, too much for a slow phone): a transition under
			// way ends at its state at once, in a task of its own (this runs in a frame callback,
			// whose frame is busy enough).
			onMove: () => setTimeout(() => this.#finishMotion()),
			// Steps that crossed the line while the page moved are shown once it rests, read from
			// where it landed: after reading-pace scrolling animated; after a flick or a jump at
			// once, and always (it can carry steps, or a whole scrolly, past the line between two
			// frames, where no observer sees them cross).
			onSettle: (fast) => {
				if (fast || this.#held) this.#queue(fast ? 'land' : 'read');
				this.#held = false;
			},
		});
		this.#stopWatching = watchSteps(this.#steps, TRIGGER, () => this.#crossed());
		const jump = () => this.#queue('jump');
		addEventListener('resize', jump, { passive: true, signal });
		addEventListener('hashchange', jump, { signal });
		addEventListener('load', jump, { signal });
		this.addEventListener('focusin', (event) => this.#focus(event), { signal });
		this.#stopFrame = watchFrame(graphic, (frame) => {
			if (frame === this.#frame) return;
			this.#frame = frame;
			this.#draw(this.#active, 0);
		});
		const { index, onScreen } = this.#locate('jump');
		this.#show(index, 'jump', onScreen);
	}

	disconnectedCallback(): void {
		this.#stopWatching?.();
		this.#stopFrame?.();
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	/**
	 * Updates soon, once for any number of calls (the strongest `arrival` wins). The update runs
	 * in tasks of its own, never in a frame: one reads the steps, the next draws, so that when a
	 * flick settles every scrolly on the page reads before any of them writes (a read after
	 * another chart's writes would force a layout of them).
	 */
	#queue(arrival: Arrival): void {
		const queued = this.#queued;
		if (queued && PRECEDENCE.indexOf(queued) >= PRECEDENCE.indexOf(arrival)) return;
		this.#queued = arrival;
		if (queued) return;
		setTimeout(() => {
			const how = this.#queued ?? arrival;
			this.#queued = undefined;
			const { index, onScreen } = this.#locate(how);
			const shown = this.#active;
			setTimeout(() => {
				// A step the reader scrolled to in between is newer than this reading: read again.
				if (this.#active !== shown) this.#queue(how);
				else this.#show(index, how, onScreen);
			});
		});
	}

	/**
	 * A step crossed the trigger line. While the page moves the chart holds still: the step the
	 * reader stops at is shown when it rests (see `onSettle`). A crossing with the page at rest
	 * (the page's layout changed under the line) is read again from the geometry first.
	 */
	#crossed(): void {
		if (this.#scrolling?.isMoving()) this.#held = true;
		else this.#queue('read');
	}

	/**
	 * Reads the geometry (after a jump, a resize, or a flick that held the chart still): the
	 * step the reader is at, and whether it is on screen.
	 */
	#locate(arrival: Arrival): { index: number; onScreen: boolean } {
		const boxes = this.#steps.map((step) => step.getBoundingClientRect());
		const tops = boxes.map((box) => box.top);
		const linked = arrival === 'jump' ? this.#linkedStep(tops) : undefined;
		const index = linked ?? activeStepIndex(tops, innerHeight);
		const box = boxes[index];
		return { index, onScreen: !!box && box.bottom > 0 && box.top < innerHeight };
	}

	/** After a jump to `#step-id`, that step wins if it is on screen, wherever it landed. */
	#linkedStep(tops: readonly number[]): number | undefined {
		const index = this.#steps.findIndex((step) => `#${step.id}` === location.hash);
		const top = tops[index];
		return top !== undefined && top >= 0 && top < innerHeight ? index : undefined;
	}

	#focus(event: FocusEvent): void {
		const step =
			event.target instanceof Element ? event.target.closest<HTMLElement>('.rd-step') : null;
		const index = step ? this.#steps.indexOf(step) : -1;
		if (index >= 0) this.#show(index, 'read');
	}

	/** Moves the chart to step `index`'s scene in the current frame (-1: the first step's). */
	#draw(index: number, duration: number): boolean {
		const scene = this.#scenes?.[this.#frame][Math.max(index, 0)];
		if (!scene || !this.#svg) return false;
		applyScene(this.#svg, scene, { duration });
		this.#movingUntil = duration > 0 ? performance.now() + duration : 0;
		return true;
	}

	/** Ends a running transition at once, in the state it was heading for. */
	#finishMotion(): void {
		if (performance.now() < this.#movingUntil) this.#draw(this.#active, 0);
	}

	/**
	 * Shows step `index` (-1: none reached yet, so the first state with no current step);
	 * `onScreen` says whether a step read from where the page came to rest is in view.
	 */
	#show(index: number, arrival: Arrival, onScreen = true): void {
		if (index === this.#active) return;
		const step = this.#steps[index];
		// The address follows the reader from step to step without adding history entries, but
		// never replaces an anchor the reader chose (a section, a note) or one a jump landed on,
		// nor names a step the page came to rest away from.
		const follow = !!step && arrival !== 'jump' && onScreen && followsSteps();
		// A scrolly the reader scrolled past changes at once: no one would see it move.
		const animate = arrival === 'read' && onScreen && !motionReduced();
		if (!this.#draw(index, animate ? TRANSITION_MS : 0)) return;
		this.#active = index;
		for (const other of this.#steps) other.removeAttribute('aria-current');
		if (!step) {
			delete this.dataset['activeStep'];
			return;
		}
		step.setAttribute('aria-current', 'step');
		this.dataset['activeStep'] = step.id;
		if (follow) showInAddress(step.id);
	}
}

function followsSteps(): boolean {
	return !location.hash || !!document.getElementById(location.hash.slice(1))?.matches('.rd-step');
}

/** The step the address is about to name; the latest call wins. */
let addressStep: string | undefined;

/**
 * Names step `id` in the address, without a history entry, in a task of its own: replacing
 * the URL takes a few milliseconds on a slow phone, which the chart's first frame should not
 * wait for. An anchor the reader chose in between (a section, a note) is kept.
 */
function showInAddress(id: string): void {
	if (addressStep === undefined) {
		setTimeout(() => {
			const hash = `#${addressStep ?? ''}`;
			addressStep = undefined;
			if (location.hash !== hash && followsSteps()) history.replaceState(history.state, '', hash);
		});
	}
	addressStep = id;
}

function motionReduced(): boolean {
	const chosen = document.documentElement.dataset['motion'];
	return chosen ? chosen === 'reduce' : reducedMotion.matches;
}

customElements.define('reader-scrolly', ReaderScrolly);
