/**
 * Holds each scrolly's chart at the top of the host's viewport while its steps pass, as
 * `position: sticky` would in a window of its own (a frame that grows to its content never
 * scrolls, so sticky does nothing there). The chart moves with a transform, which needs no
 * layout; the geometry is measured only when the page changes size.
 */
export class ChartPins {
	#pins: { graphic: HTMLElement; top: number; travel: number }[] = [];
	#viewportTop = 0;
	#queued = false;

	readonly #scrollies: readonly HTMLElement[];

	constructor(scrollies: readonly HTMLElement[]) {
		this.#scrollies = scrollies;
		new ResizeObserver(() => this.#measure()).observe(document.body);
	}

	/** The host's viewport now begins `top` px down this page. */
	follow(top: number): void {
		this.#viewportTop = top;
		if (!this.#queued) requestAnimationFrame(() => this.#place());
		this.#queued = true;
	}

	#measure(): void {
		this.#pins = this.#scrollies.flatMap((scrolly) => {
			const graphic = scrolly.querySelector<HTMLElement>('.rd-scrolly__graphic');
			if (!graphic) return [];
			const scrollyTop = scrolly.getBoundingClientRect().top + scrollY;
			const travel = scrolly.clientHeight - graphic.offsetTop - graphic.offsetHeight;
			return [{ graphic, top: scrollyTop + graphic.offsetTop, travel: Math.max(0, travel) }];
		});
		this.#place();
	}

	#place(): void {
		this.#queued = false;
		for (const { graphic, top, travel } of this.#pins) {
			const offset = Math.min(Math.max(this.#viewportTop - top, 0), travel);
			graphic.style.transform = offset > 0 ? `translateY(${offset}px)` : '';
		}
	}
}
