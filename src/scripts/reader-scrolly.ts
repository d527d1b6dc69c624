import { applyScene } from '../lib/charts/apply-scene';
import type { Scene } from '../lib/charts/scene';
import { watchSteps, type StopWatching } from './step-watcher';
import { activeStepIndex, TRIGGER } from './active-step';
import { trackScrollSpeed } from './scroll-speed';

const TRANSITION_MS = 600;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

/**
 * `<reader-scrolly>`: keeps the sticky chart in the state of the step being read. The current
 * step is the last one whose top has passed the trigger line, read from the geometry whenever a
 * step crosses that line, and on load, resize and hash change, so flicks, the End key, deep links
 * and scrolling back up all land on exactly one state, with no replay of the steps between
 * (during a fast scroll the chart waits for it to settle).
 * State goes out as `aria-current="step"` on that step and `data-active-step` on the element.
 */
class ReaderScrolly extends HTMLElement {
	#abort = new AbortController();
	#stopWatching: StopWatching | undefined;
	#steps: HTMLElement[] = [];
	#scenes: Scene[] = [];
	#svg: SVGSVGElement | null = null;
	#active = -1;
	#queued = false;
	#instant = false;
	#scrolling: { isFast: () => boolean } | undefined;

	connectedCallback(): void {
		this.#steps = [...this.querySelectorAll<HTMLElement>('.rd-step')];
		this.#scenes = JSON.parse(
			this.querySelector('script[data-scenes]')?.textContent ?? '[]',
		) as Scene[];
		this.#svg = this.querySelector<SVGSVGElement>('.rd-scrolly__graphic svg');
		if (this.#steps.length === 0 || this.#scenes.length !== this.#steps.length || !this.#svg)
			return;

		const { signal } = this.#abort;
		this.#scrolling = trackScrollSpeed(signal, () => this.#queue());
		this.#stopWatching = watchSteps(this.#steps, TRIGGER, () => this.#queue());
		const jump = () => this.#queue(true);
		addEventListener('resize', jump, { passive: true, signal });
		addEventListener('hashchange', jump, { signal });
		addEventListener('load', jump, { signal });
		this.addEventListener('focusin', (event) => this.#focus(event), { signal });
		this.#update(true);
	}

	disconnectedCallback(): void {
		this.#stopWatching?.();
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

	#update(instant: boolean): void {
		// Mid-flick the chart holds still; the step the reader lands on is shown when it settles.
		if (!instant && this.#scrolling?.isFast()) return;
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

	/** Shows step `index` (-1: none reached yet, so the first state with no current step). */
	#show(index: number, instant: boolean): void {
		const scene = this.#scenes[Math.max(index, 0)];
		if (index === this.#active || !scene || !this.#svg) return;
		this.#active = index;
		applyScene(this.#svg, scene, { duration: instant || motionReduced() ? 0 : TRANSITION_MS });
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
