import { ReaderElement } from './reader-element';

const STORAGE_KEY = 'rd-hide-notes';

/**
 * `<reader-note-filter>`: a checkbox per kind of note. Unticking a kind hides its markers and
 * notes through `<html data-hide-notes="kind …">`; the choice is remembered and written into the
 * address as `?hide=kind,…` so a shared link opens the same way. The pre-paint script in the
 * page head applies both before the page is shown.
 */
class ReaderNoteFilter extends ReaderElement {
	connectedCallback(): void {
		const boxes = [...this.querySelectorAll<HTMLInputElement>('input[name="note-kind"]')];
		const hidden = new Set((document.documentElement.dataset['hideNotes'] ?? '').split(' '));
		for (const box of boxes) box.checked = !hidden.has(box.value);
		const unticked = () => boxes.filter((box) => !box.checked).map((box) => box.value);
		this.addEventListener('change', () => applyHidden(unticked()), { signal: this.signal });
	}
}

function applyHidden(hide: readonly string[]): void {
	const root = document.documentElement;
	if (hide.length > 0) root.dataset['hideNotes'] = hide.join(' ');
	else delete root.dataset['hideNotes'];
	try {
		localStorage.setItem(STORAGE_KEY, hide.join(' '));
	} catch {
		// Storage blocked: the address still carries the choice.
	}
	const url = new URL(location.href);
	if (hide.length > 0) url.searchParams.set('hide', hide.join(','));
	else url.searchParams.delete('hide');
	history.replaceState(history.state, '', url);
	document.dispatchEvent(new CustomEvent('reader:notes-filter'));
}

customElements.define('reader-note-filter', ReaderNoteFilter);
