import { applyScene } from '../lib/charts/apply-scene';
import type { Frame } from '../lib/charts/chart-type';
import type { Scene } from '../lib/charts/scene';
import { arrival } from '../lib/scrolly/arrival';
import { joinPage } from './page-rest';
import { loadScenesWhenNear } from './scene-source';
import { watchFrame } from './scrolly-frame';
import { StepTrack, TRIGGER, type Located } from '../lib/scrolly/step-track';
import type { Cause, Viewport } from '../lib/scrolly/viewport';

const TRANSITION_MS = 600;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/** What `stepenter` and `stepexit` carry: the shape scrollama's callbacks receive. */
export interface StepEventDetail {
	readonly element: HTMLElement;
	readonly index: number;
	readonly direction: 'up' | 'down';
}

/**
 * `<reader-scrolly>`: keeps the sticky chart in the state of the current step, the last whose
 * top has passed the trigger line. The chart moves only while the page is at rest (see
 * `joinPage`), so flicks, the End key and links land on one state with no replay of the steps
 * between; how it arrives is `arrival`'s choice. State goes out as `aria-current="step"`,
 * `data-active-step` and `stepexit`/`stepenter` events. The chart takes its compact frame
 * while its container is narrow; a change of frame redraws the current step at once.
 */
class ReaderScrolly extends HTMLElement {
	#abort = new AbortController();
	#steps: HTMLElement[] = [];
	#track = new StepTrack();
	#svg: SVGSVGElement | null = null;
	#scenes: Record<Frame, Scene[]> | undefined;
	/** The frame the live chart shows: the server draws it wide. */
	#frame: Frame = 'wide';
	#shown = -1;
	/** When the running transition ends (performance.now() time), 0 when none runs. */
	#movingUntil = 0;
	/** What the last read found, drawn by the write that follows. */
	#next: (Located & { cause: Cause }) | undefined;
	/** A step the keyboard focused: it stays current at the next rest while in view. */
	#focused: number | undefined;

	connectedCallback(): void {
		this.#steps = [...this.querySelectorAll<HTMLElement>('.rd-step')];
		const graphic = this.querySelector('.rd-scrolly__graphic');
		this.#svg = graphic?.querySelector<SVGSVGElement>('svg.rd-chart') ?? null;
		if (!graphic || !this.#svg || this.#steps.length === 0) return;
		const { signal } = this.#abort;
		joinPage(
			{
				moved: () => this.#finishMotion(),
				read: (viewport, cause) => this.#read(viewport, cause),
				write: () => this.#write(),
			},
			signal,
		);
		const crossings = new IntersectionObserver(
			(entries) => {
				for (const { target, boundingClientRect, rootBounds, time } of entries) {
					const line = rootBounds?.bottom ?? innerHeight * TRIGGER;
					this.#track.crossed(
						this.#steps.indexOf(target as HTMLElement),
						boundingClientRect.top <= line,
						time,
					);
				}
			},
			{ rootMargin: `0px 0px -${Math.round((1 - TRIGGER) * 100)}% 0px` },
		);
		for (const step of this.#steps) crossings.observe(step);
		signal.addEventListener('abort', () => crossings.disconnect());
		const url = this.dataset['scenes'];
		if (url && !this.#scenes)
			loadScenesWhenNear(this, url, (scenes) => this.#loaded(scenes), signal);
		const stopFrame = watchFrame(graphic, (frame) => {
			this.#frame = frame;
			this.#draw(0);
		});
		signal.addEventListener('abort', stopFrame);
		this.addEventListener('focusin', (event) => this.#focus(event), { signal });
	}

	disconnectedCallback(): void {
		this.#abort.abort();
		this.#abort = new AbortController();
	}

	#loaded(scenes: Record<Frame, Scene[]>): void {
		const count = this.#steps.length;
		if (scenes.wide.length !== count || scenes.compact.length !== count) return;
		this.#scenes = scenes;
		if (this.#shown >= 0 || this.#frame !== 'wide') this.#draw(0);
	}

	/** Where the page is (after a jump, measured again; a step a link names wins in view). */
	#read(viewport: Viewport, cause: Cause): void {
		if (cause === 'jump') {
			const scrolled = scrollY;
			this.#track.measure(
				this.#steps.map((step) => {
					const { top, bottom } = step.getBoundingClientRect();
					return { top: top + scrolled, bottom: bottom + scrolled };
				}),
			);
		}
		const linked = this.#steps.findIndex((step) => `#${step.id}` === location.hash);
		const chosen = cause === 'jump' ? (linked >= 0 ? linked : undefined) : this.#focused;
		this.#focused = undefined;
		const found = this.#track.locate(viewport, chosen);
		this.#next = found.index === this.#shown ? undefined : { ...found, cause };
	}

	#write(): void {
		const next = this.#next;
		this.#next = undefined;
		if (next) this.#show(next.index, next.cause, next.onScreen, next.pace);
	}

	#focus(event: FocusEvent): void {
		const step = event.target instanceof Element ? event.target.closest('.rd-step') : null;
		const index = this.#steps.indexOf(step as HTMLElement);
		if (index < 0) return;
		this.#focused = index;
		this.#show(index, 'focus', true, 0);
	}

	/** Moves the chart to the current step's scene in the current frame (none: the first). */
	#draw(duration: number): void {
		const scene = this.#scenes?.[this.#frame][Math.max(this.#shown, 0)];
		if (!scene || !this.#svg) return;
		applyScene(this.#svg, scene, { duration });
		this.#movingUntil = duration > 0 ? performance.now() + duration : 0;
	}

	/** Ends a running transition at once, in the state it was heading for. */
	#finishMotion(): void {
		if (performance.now() < this.#movingUntil) this.#draw(0);
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
		if (!step) {
			delete this.dataset['activeStep'];
			return;
		}
		step.setAttribute('aria-current', 'step');
		this.dataset['activeStep'] = step.id;
		this.#announce('stepenter', index, direction);
		// The address follows the reader, but never names a step the page rested away from, nor
		// replaces an anchor the reader chose (a section, a note) or one a jump landed on.
		if (cause !== 'jump' && onScreen && followsSteps()) showInAddress(step.id);
	}

	#announce(type: 'stepenter' | 'stepexit', index: number, direction: 'up' | 'down'): void {
		const element = this.#steps[index];
		if (!element) return;
		const detail: StepEventDetail = { element, index, direction };
		this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
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
