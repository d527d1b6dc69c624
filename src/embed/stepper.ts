/**
 * The embed's way through a scrolly when no host relays where the reader is (WordPress keeps
 * only the frame, an email client, scripts blocked): the chart with Previous and Next buttons
 * (and the arrow keys), and the current step's text below it. The chart itself is the
 * scrolly's: a step is shown by focusing it, as a keyboard reader would, so it takes the same
 * states, descriptions and transitions as on the article page.
 */
export class Stepper {
	readonly #steps: HTMLElement[];
	readonly #count: HTMLElement;
	readonly #buttons: HTMLButtonElement[];
	readonly #changed: () => void;
	#index = 0;

	/** Starts at step `start` (an id; else the first); `changed` runs after every move. */
	constructor(scrolly: HTMLElement, start: string | undefined, changed: () => void) {
		this.#steps = [...scrolly.querySelectorAll<HTMLElement>('.rd-step')];
		this.#changed = changed;
		const figure = scrolly.querySelector('.rd-scrolly__figure figcaption b')?.textContent;
		const controls = document.createElement('div');
		controls.className = 'rd-stepper rd-ui';
		controls.setAttribute('role', 'group');
		controls.setAttribute('aria-label', `Steps of ${figure?.replace(/\.$/, '') ?? 'the figure'}`);
		const button = (text: string, by: number) => {
			const element = document.createElement('button');
			element.type = 'button';
			element.textContent = text;
			element.addEventListener('click', () => this.go(this.#index + by));
			return element;
		};
		this.#buttons = [button('Previous', -1), button('Next', 1)];
		this.#count = document.createElement('span');
		this.#count.setAttribute('aria-live', 'polite');
		controls.append(this.#buttons[0]!, this.#count, this.#buttons[1]!);
		scrolly.querySelector('.rd-scrolly__graphic')?.after(controls);
		scrolly.addEventListener('keydown', (event) => this.#key(event));
		const linked = this.#steps.findIndex((step) => step.id === start);
		this.#set(Math.max(linked, 0));
	}

	/** The step shown. */
	get current(): HTMLElement | undefined {
		return this.#steps[this.#index];
	}

	/** Shows step `index` (kept within the steps) and has the chart follow. */
	go(index: number): void {
		const to = Math.min(Math.max(index, 0), this.#steps.length - 1);
		if (to === this.#index) return;
		this.#set(to);
		// Focus is how a step says it is the reader's; the event alone moves nothing else.
		this.current?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
		this.#changed();
	}

	#set(index: number): void {
		this.#index = index;
		this.#steps.forEach((step, i) => step.toggleAttribute('data-stepper-shown', i === index));
		this.#count.textContent = `Step ${index + 1} of ${this.#steps.length}`;
		const [previous, next] = this.#buttons;
		previous?.setAttribute('aria-disabled', String(index === 0));
		next?.setAttribute('aria-disabled', String(index === this.#steps.length - 1));
	}

	#key(event: KeyboardEvent): void {
		if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
		const by = event.key === 'ArrowLeft' ? -1 : event.key === 'ArrowRight' ? 1 : undefined;
		if (by === undefined || (event.target as Element).closest('input, textarea, select')) return;
		event.preventDefault();
		this.go(this.#index + by);
	}
}
