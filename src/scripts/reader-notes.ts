import { stackSidenotes } from '../lib/notes/stack-sidenotes';
import { NotePopover } from './note-popover';
import { noteCopy } from './note-copy';

const WIDE = matchMedia('(min-width: 68rem)');
const MEDIUM = matchMedia('(min-width: 40rem)');

/**
 * `<reader-notes>`: shows the build-time endnotes of the article it wraps where the reader is.
 * Wide screens: sidenotes in the margin beside their marker, stacked so none overlaps another
 * or a figure. Medium screens (and notes inside a scrolly): a popover, opened by click, tap,
 * Enter or Space, closed by Escape or a click outside. Phones: the note opens inline after its
 * paragraph. The endnotes stay the one copy; everything shown is cloned from them.
 */
class ReaderNotes extends HTMLElement {
	#abort = new AbortController();
	#popover = new NotePopover();
	#resize: ResizeObserver | undefined;
	#queued = false;

	connectedCallback(): void {
		const { signal } = this.#abort;
		for (const marker of this.#markers()) {
			marker.setAttribute('role', 'button');
			marker.setAttribute('aria-expanded', 'false');
		}
		this.addEventListener('click', (event) => this.#onActivate(event), { signal });
		this.addEventListener('keydown', (event) => this.#onKey(event), { signal });
		addEventListener('hashchange', () => this.#openFromHash(), { signal });
		document.addEventListener('reader:notes-filter', () => this.#queueLayout(), { signal });
		WIDE.addEventListener('change', () => this.#queueLayout(), { signal });
		this.#resize = new ResizeObserver(() => this.#queueLayout());
		this.#resize.observe(this);
		this.#layout();
		this.#openFromHash();
	}

	disconnectedCallback(): void {
		this.#abort.abort();
		this.#abort = new AbortController();
		this.#resize?.disconnect();
		this.#popover.close();
		for (const side of this.querySelectorAll('.rd-sidenote, .rd-note-inline')) side.remove();
	}

	#markers(): HTMLAnchorElement[] {
		return [...this.querySelectorAll<HTMLAnchorElement>('a.rd-note-ref')];
	}

	#onActivate(event: MouseEvent): void {
		const marker =
			event.target instanceof Element
				? event.target.closest<HTMLAnchorElement>('a.rd-note-ref')
				: null;
		if (!marker) return;
		event.preventDefault();
		this.#open(marker);
	}

	#onKey(event: KeyboardEvent): void {
		const marker =
			event.target instanceof Element
				? event.target.closest<HTMLAnchorElement>('a.rd-note-ref')
				: null;
		if (marker && event.key === ' ') {
			event.preventDefault();
			this.#open(marker);
		}
		if (event.key === 'Escape') {
			const inline =
				event.target instanceof Element ? event.target.closest('.rd-note-inline') : null;
			const owner = inline && this.querySelector<HTMLElement>(`[aria-controls="${inline.id}"]`);
			if (owner) this.#toggleInline(owner);
		}
	}

	#openFromHash(): void {
		const id = location.hash.startsWith('#note-') ? location.hash.slice(6) : '';
		const marker = id
			? this.querySelector<HTMLAnchorElement>(`a.rd-note-ref[data-note="${CSS.escape(id)}"]`)
			: null;
		if (!marker) return;
		marker.scrollIntoView({ block: 'center' });
		this.#open(marker);
	}

	#open(marker: HTMLAnchorElement): void {
		const note = noteFor(marker);
		if (!note) return;
		if (this.#isSidenote(marker)) {
			const side = this.querySelector<HTMLElement>(
				`#side-${CSS.escape(marker.dataset['note'] ?? '')}`,
			);
			side?.focus();
		} else if (MEDIUM.matches) {
			this.#popover.open(marker, note);
		} else {
			this.#toggleInline(marker);
		}
	}

	#toggleInline(marker: HTMLElement): void {
		const id = `inline-${marker.dataset['note'] ?? ''}`;
		const open = document.getElementById(id);
		marker.setAttribute('aria-expanded', String(!open));
		if (open) {
			open.remove();
			marker.removeAttribute('aria-controls');
			marker.focus();
			return;
		}
		const note = noteFor(marker);
		if (!note) return;
		const inline = noteCopy(note, 'div', 'rd-note-inline', id);
		inline.setAttribute('role', 'note');
		marker.setAttribute('aria-controls', id);
		blockOf(marker).after(inline);
	}

	#isSidenote(marker: Element): boolean {
		return WIDE.matches && !marker.closest('reader-scrolly');
	}

	#queueLayout(): void {
		if (this.#queued) return;
		this.#queued = true;
		requestAnimationFrame(() => {
			this.#queued = false;
			this.#layout();
		});
	}

	/** Builds the sidenotes once and stacks them beside their markers (wide screens only). */
	#layout(): void {
		const column = this.querySelector<HTMLElement>('.rd-text');
		if (!column) return;
		if (!WIDE.matches) {
			for (const side of column.querySelectorAll('.rd-sidenote')) side.remove();
			return;
		}
		const pairs = this.#markers()
			.filter((marker) => this.#isSidenote(marker))
			.map((marker) => ({ marker, side: this.#sidenoteFor(marker, column) }))
			.filter(({ marker, side }) => side && marker.offsetParent !== null) as {
			marker: HTMLElement;
			side: HTMLElement;
		}[];
		const origin = column.getBoundingClientRect().top;
		const figures = [...column.querySelectorAll('reader-scrolly')].map((figure) => {
			const box = figure.getBoundingClientRect();
			return { top: box.top - origin, height: box.height };
		});
		const tops = stackSidenotes(
			pairs.map(({ marker, side }) => ({
				top: marker.getBoundingClientRect().top - origin - 4,
				height: side.offsetHeight,
			})),
			figures,
		);
		pairs.forEach(({ side }, i) => (side.style.top = `${tops[i] ?? 0}px`));
	}

	#sidenoteFor(marker: HTMLElement, column: HTMLElement): HTMLElement | undefined {
		const id = `side-${marker.dataset['note'] ?? ''}`;
		const existing = column.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
		if (existing) return existing;
		const note = noteFor(marker);
		if (!note) return undefined;
		const side = noteCopy(note, 'aside', 'rd-sidenote', id);
		side.tabIndex = -1;
		side.setAttribute('aria-label', marker.getAttribute('aria-label') ?? 'Note');
		blockOf(marker).after(side);
		return side;
	}
}

/** The endnote a marker points to. */
function noteFor(marker: HTMLElement): HTMLElement | null {
	return document.getElementById(`note-${marker.dataset['note'] ?? ''}`);
}

/** The paragraph-level element a marker sits in: notes open after it, never inside it. */
function blockOf(marker: HTMLElement): HTMLElement {
	return marker.closest<HTMLElement>('.rd-prose > *, .rd-step__text > *, li') ?? marker;
}

customElements.define('reader-notes', ReaderNotes);
