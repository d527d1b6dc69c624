import { ReaderElement } from './reader-element';

/**
 * `<reader-copy-link data-target="id">`: copies the address of `#id` on this page and says so
 * in its status region. Without JavaScript the heading's own anchor link does the same job.
 */
class ReaderCopyLink extends ReaderElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const status = this.querySelector('[role="status"]');
		if (!button || !status) return;
		const copy = async () => {
			const url = new URL(`#${this.dataset['target'] ?? ''}`, location.href).href;
			try {
				await navigator.clipboard.writeText(url);
				status.textContent = 'Link copied';
			} catch {
				status.textContent = `Copy this link: ${url}`;
			}
		};
		button.addEventListener('click', copy, { signal: this.signal });
	}
}

customElements.define('reader-copy-link', ReaderCopyLink);
