import { applyScene } from '../lib/charts/apply-scene';
import type { Frame } from '../lib/charts/chart-type';
import type { Scene } from '../lib/charts/scene';
import { arrival } from '../lib/scrolly/arrival';
import { StepTrack, TRIGGER } from '../lib/scrolly/step-track';
import type { Cause, StepEventDetail, Viewport } from '../lib/scrolly/viewport';
import { joinPage, requestRound } from './page-rest';
import { showStepInAddress } from './step-address';
import { watchCrossings, watchFrame, watchNear } from './scrolly-watch';
import { ReaderElement } from './reader-element';

const TRANSITION_MS = 600;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/**
 * `<reader-scrolly>`: keeps the sticky chart in the state of the current step, the last whose top
 * has passed the trigger line. The chart moves only while the page rests (`joinPage`), so flicks,
 * End and links land on one state (`arrival` picks how), and only within a screen of the viewport
 * (the HTML carries it empty). It names the step with `aria-current`, `data-active-step`,
 * `stepexit` and `stepenter`; a narrow container gets the compact frame.
 */
class ReaderScrolly extends ReaderElement {
	#steps: HTMLElement[] = [];
	#track = new StepTrack();
	#svg: SVGSVGElement | null = null;
	/** The scene file, parsed at its first call (a draw, at rest). */
	#scenes: (() => Record<Frame, Scene[]>) | undefined;
	#frame: Frame = 'wide';
	#shown = -1;
	#near = false;
	/** The chart does not show the current step in the current frame (until its first draw). */
	#stale = true;
	/** When the running transition ends (performance.now() time), 0 when none runs. */
	#movingUntil = 0;
	/** The change the last read found, for the write that follows. */
	#next: (() => void) | undefined;
	/** A step the keyboard focused: it stays current at the next rest while in view. */
	#focused: number | undefined;

	connectedCallback(): void {
		this.#steps = [...this.querySelectorAll<HTMLElement>('.rd-step')];
		const graphic = this.querySelector('.rd-scrolly__graphic');
		this.#svg = graphic?.querySelector<SVGSVGElement>('svg.rd-chart') ?? null;
		if (!graphic || !this.#svg || this.#steps.length === 0) return;
		const { signal } = this;
		const write = () => (this.#next?.(), (this.#next = undefined));
		// A move ends a running transition at once, in the state it was heading for.
		const moved = () => performance.now() < this.#movingUntil && this.#draw(0);
		joinPage({ moved, read: (...at) => this.#read(...at), write }, signal);
		watchCrossings(this.#steps, TRIGGER, (...at) => this.#track.crossed(...at), signal);
		const url = this.#scenes ? undefined : this.dataset['scenes'];
		const load = (scenes: () => Record<Frame, Scene[]>) => (this.#scenes = scenes);
		watchNear(this, url, { near: (near) => this.#approach(near), load }, signal);
		const redraw = (frame: Frame) => ((this.#frame = frame), this.#scenes && this.#draw(0));
		watchFrame(graphic, redraw, signal);
		this.addEventListener('focusin', (event) => this.#focus(event), { signal });
	}

	/** Near the viewport, a chart that does not show its step is drawn at the next rest. */
	#approach(near: boolean): void {
		this.#near = near;
		if (!near || !this.#stale) return;
		this.#next ??= () => this.#draw(0);
		requestRound();
	}

	/** Where the page is: measured again after a jump or a shift; a step a link names wins. */
	#read(viewport: Viewport, cause: Cause): void {
		const box = (step: Element) => step.getBoundingClientRect();
		const span = { top: box(this.#steps[0]!).top, bottom: box(this.#steps.at(-1)!).bottom };
		if (cause === 'jump' || this.#track.shifted(span, scrollY))
			this.#track.measure(this.#steps.map(box), scrollY);
		const linked = this.#steps.findIndex((step) => `#${step.id}` === location.hash);
		const chosen = cause === 'jump' ? linked : this.#focused;
		const { index, onScreen, pace } = this.#track.locate(viewport, chosen);
		this.#focused = undefined;
		if (index !== this.#shown) this.#next = () => this.#show(index, cause, onScreen, pace);
	}

	#focus(event: FocusEvent): void {
		const index = this.#steps.findIndex((step) => step.contains(event.target as Node));
		if (index < 0) return;
		this.#focused = index;
		this.#show(index, 'focus', true, 0);
	}

	/** Moves the chart to the current step's scene in the current frame (none: the first). */
	#draw(duration: number): void {
		if (!this.#near) return void (this.#stale = true); // drawn when it comes near
		const scenes = this.#scenes?.(); // a cached file of another build may not fit the steps
		const fits = scenes?.wide.length === this.#steps.length;
		const scene = fits ? scenes?.[this.#frame][Math.max(this.#shown, 0)] : undefined;
		if (!scene || !this.#svg) return;
		applyScene(this.#svg, scene, { duration });
		this.#stale = false;
		this.#movingUntil = duration > 0 ? performance.now() + duration : 0;
	}

	#show(index: number, cause: Cause | 'focus', onScreen: boolean, pace: number): void {
		const from = this.#shown;
		if (index === from) return;
		const change = { from, to: index, cause, onScreen, pace, reducedMotion: motionReduced() };
		this.#shown = index;
		this.#draw(arrival(change) === 'animate' ? TRANSITION_MS : 0);
		const direction = index > from ? 'down' : 'up';
		this.#announce('stepexit', from, direction);
		for (const other of this.#steps) other.removeAttribute('aria-current');
		const step = this.#steps[index];
		// A jump keeps its address; else it names the step on screen, and none above the steps.
		if (cause !== 'jump' && (onScreen || !step)) showStepInAddress(step?.id ?? '');
		if (!step) return void delete this.dataset['activeStep'];
		step.setAttribute('aria-current', 'step');
		this.dataset['activeStep'] = step.id;
		this.#announce('stepenter', index, direction);
	}

	#announce(type: 'stepenter' | 'stepexit', index: number, direction: 'up' | 'down'): void {
		const element = this.#steps[index];
		const detail: StepEventDetail | undefined = element && { element, index, direction };
		if (detail) this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
	}
}

/** The reader's choice on the page (the reduce-motion control), else the system's. */
const motionReduced = () =>
	(document.documentElement.dataset['motion'] ?? (reducedMotion.matches && 'reduce')) === 'reduce';

customElements.define('reader-scrolly', ReaderScrolly);
