import { ReaderElement } from './reader-element';

/**
 * `<reader-preference data-name data-on data-off data-media>`: a pressed/unpressed button for
 * one reading preference (dark theme, reduced motion). The system setting (`data-media`) decides
 * until the reader presses; the choice is stored as `rd-<name>` and set on <html data-<name>>,
 * where the pre-paint script in the page head restores it on the next visit.
 */
class ReaderPreference extends ReaderElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		const { name = '', on = '', off = '', media = 'not all' } = this.dataset;
		if (!button || !name) return;
		const system = matchMedia(media);
		const isOn = () => {
			const chosen = document.documentElement.dataset[name];
			return chosen ? chosen === on : system.matches;
		};
		const sync = () => button.setAttribute('aria-pressed', String(isOn()));
		sync();
		const toggle = () => {
			const next = isOn() ? off : on;
			document.documentElement.dataset[name] = next;
			try {
				localStorage.setItem(`rd-${name}`, next);
			} catch {
				// Storage blocked: the choice lasts for this page only.
			}
			sync();
			document.dispatchEvent(
				new CustomEvent('reader:preference', { detail: { name, value: next } }),
			);
		};
		button.addEventListener('click', toggle, { signal: this.signal });
		system.addEventListener('change', sync, { signal: this.signal });
	}
}

customElements.define('reader-preference', ReaderPreference);
