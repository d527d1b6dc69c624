/** A custom element whose listeners end when it leaves the page: each one takes `this.signal`. */
export class ReaderElement extends HTMLElement {
	#abort = new AbortController();

	get signal(): AbortSignal {
		return this.#abort.signal;
	}

	disconnectedCallback(): void {
		this.#abort.abort();
		this.#abort = new AbortController();
	}
}
