import { applyScene } from '../lib/charts/apply-scene';
import type { Frame } from '../lib/charts/chart-type';
import type { Scene } from '../lib/charts/scene';
import { unpackFrames, type PackedFrames } from '../lib/charts/scene-pack';
import { watchSteps, type StopWatching } from './step-watcher';
import { activeStepIndex, TRIGGER } from './active-step';
import { trackScrollSpeed } from './scroll-speed';
import { watchFrame } from './scrolly-frame';

const TRANSITION_MS = 600;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/**
 * `<reader-scrolly>`: keeps the sticky chart in the state of the step being read. The current
 * step is the last one whose top has passed the trigger line, read from the geometry whenever a
 * step crosses that line, and on load, resize and hash change, so flicks, the End key, deep links
 * and scrolling back up all land on exactly one state, with no replay of the steps between
 * (during a fast scroll the chart waits for it to settle).
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
	#queued = false;
	#instant = false;
	#scrolling: { isFast: () => boolean } | undefined;

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
		// A flick or a jump can carry steps (or a whole scrolly) past the trigger line between
		// two frames, where no observer sees them cross: when it settles, read where it landed.
		this.#scrolling = trackScrollSpeed(signal, () => this.#queue());
		this.#stopWatching = watchSteps(this.#steps, TRIGGER, (index) => this.#crossed(index));
		const jump = () => this.#queue(true);
		addEventListener('resize', jump, { passive: true, signal });
		addEventListener('hashchange', jump, { signal });
		addEventListener('load', jump, { signal });
		this.addEventListener('focusin', (event) => this.#focus(event), { signal });
		this.#stopFrame = watchFrame(graphic, (frame) => {
			if (frame === this.#frame) return;
			this.#frame = frame;
			this.#draw(this.#active, 0);
		});
		this.#update(true);
	}

	disconnectedCallback(): void {
		this.#stopWatching?.();
		this.#stopFrame?.();
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	/** Updates on the next frame; `instant` (resize, jumps) skips the transition. */
	#queue(instant = false): void {
		this.#instant ||= instant;
		if (this.#queued) return;
		this.#queued = true;
		requestAnimationFrame(() => {
			this.#queued = false;
			this.#update(this.#instant);
			this.#instant = false;
		});
	}

	/** A step crossed the trigger line while the reader scrolled. */
	#crossed(index: number): void {
		// Mid-flick the chart holds still; the step the reader lands on is shown when it settles.
		if (!this.#scrolling?.isFast()) this.#show(index, false);
	}

	/** Reads the geometry (after a jump, a resize, or a flick that held the chart still). */
	#update(instant: boolean): void {
		const tops = this.#steps.map((step) => step.getBoundingClientRect().top);
		const linked = instant ? this.#linkedStep(tops) : undefined;
		this.#show(linked ?? activeStepIndex(tops, innerHeight), instant);
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
		if (index >= 0) this.#show(index, false);
	}

	/** Moves the chart to step `index`'s scene in the current frame (-1: the first step's). */
	#draw(index: number, duration: number): boolean {
		const scene = this.#scenes?.[this.#frame][Math.max(index, 0)];
		if (!scene || !this.#svg) return false;
		applyScene(this.#svg, scene, { duration });
		return true;
	}

	/** Shows step `index` (-1: none reached yet, so the first state with no current step). */
	#show(index: number, instant: boolean): void {
		if (index === this.#active) return;
		if (!this.#draw(index, instant || motionReduced() ? 0 : TRANSITION_MS)) return;
		this.#active = index;
		for (const step of this.#steps) step.removeAttribute('aria-current');
		const step = this.#steps[index];
		if (!step) {
			delete this.dataset['activeStep'];
			return;
		}
		step.setAttribute('aria-current', 'step');
		this.dataset['activeStep'] = step.id;
		// The address follows the reader from step to step without adding history entries, but
		// never replaces an anchor the reader chose (a section, a note) or one a jump landed on.
		if (!instant && location.hash !== `#${step.id}` && followsSteps()) {
			history.replaceState(history.state, '', `#${step.id}`);
		}
	}
}

function followsSteps(): boolean {
	return !location.hash || !!document.getElementById(location.hash.slice(1))?.matches('.rd-step');
}

function motionReduced(): boolean {
	const chosen = document.documentElement.dataset['motion'];
	return chosen ? chosen === 'reduce' : reducedMotion.matches;
}

customElements.define('reader-scrolly', ReaderScrolly);
