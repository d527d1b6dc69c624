const STORAGE_KEY = 'rd-theme';
const dark = matchMedia('(prefers-color-scheme: dark)');

/**
 * `<reader-theme-toggle>`: a pressed/unpressed "Dark theme" button. The page follows the system
 * until the reader chooses; the choice is kept in localStorage and applied before paint by the
 * inline script in the page head.
 */
class ReaderThemeToggle extends HTMLElement {
	#abort = new AbortController();

	connectedCallback(): void {
		const button = this.querySelector('button');
		if (!button) return;
		const { signal } = this.#abort;
		const sync = () => button.setAttribute('aria-pressed', String(isDark()));
		sync();
		button.addEventListener(
			'click',
			() => {
				const next = isDark() ? 'light' : 'dark';
				document.documentElement.dataset.theme = next;
				try {
					localStorage.setItem(STORAGE_KEY, next);
				} catch {
					// Storage blocked: the choice lasts for this page only.
				}
				sync();
			},
			{ signal },
		);
		dark.addEventListener('change', sync, { signal });
	}

	disconnectedCallback(): void {
		this.#abort.abort();
		this.#abort = new AbortController();
	}
}

function isDark(): boolean {
	const chosen = document.documentElement.dataset['theme'];
	return chosen ? chosen === 'dark' : dark.matches;
}

customElements.define('reader-theme-toggle', ReaderThemeToggle);
