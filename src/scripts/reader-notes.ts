import { NotePopover } from './note-popover';
import { noteCopy } from './note-copy';
import { blockOf, layoutSidenotes, noteFor, sidenoteLinks } from './sidenotes';
import { MEDIA } from '../styles/breakpoints';
import { ReaderElement } from './reader-element';

const WIDE = matchMedia(MEDIA.wide);
const MEDIUM = matchMedia(MEDIA.medium);
/** A note's marker in the text. */
const MARKER = 'a.rd-note-ref';

/**
 * `<reader-notes>`: shows the build-time endnotes of the article it wraps where the reader is.
 * Wide screens: sidenotes in the margin beside their marker, stacked so none overlaps another
 * or a figure. Medium screens (and notes inside a scrolly): a popover, opened by click, tap,
 * Enter or Space, closed by Escape or a click outside. Phones: the note opens inline after its
 * paragraph. The endnotes stay the one copy; everything shown is cloned from them.
 */
class ReaderNotes extends ReaderElement {
	#popover = new NotePopover();
	#queued = false;
	/** Notes whose sidenote would sit too far from its marker; they open as popovers instead. */
	#crowded = new Set<string>();

	connectedCallback(): void {
		const { signal } = this;
		for (const marker of this.querySelectorAll(MARKER)) {
			marker.setAttribute('role', 'button');
			marker.setAttribute('aria-expanded', 'false');
		}
		this.addEventListener('click', (event) => this.#onActivate(event), { signal });
		this.addEventListener('keydown', (event) => this.#onKey(event), { signal });
		this.addEventListener('focusout', (event) => this.#onLeave(event), { signal });
		addEventListener('hashchange', () => this.#openFromHash(), { signal });
		document.addEventListener('reader:notes-filter', () => this.#queueLayout(), { signal });
		WIDE.addEventListener('change', () => this.#queueLayout(), { signal });
		const resize = new ResizeObserver(() => this.#queueLayout());
		resize.observe(this);
		signal.addEventListener('abort', () => resize.disconnect());
		this.#layout();
		this.#openFromHash();
	}

	override disconnectedCallback(): void {
		super.disconnectedCallback();
		this.#popover.close();
		for (const copy of this.querySelectorAll('.rd-sidenote, .rd-note-inline')) copy.remove();
	}

	#onActivate(event: MouseEvent): void {
		const marker = markerIn(event.target);
		if (!marker) return;
		event.preventDefault();
		this.#open(marker);
	}

	#onKey(event: KeyboardEvent): void {
		const marker = markerIn(event.target);
		if (marker && event.key === ' ') {
			event.preventDefault();
			this.#open(marker);
		}
		if (event.key !== 'Escape') return;
		// Escape on a marker or in its note closes an inline note, or leaves a sidenote for its marker.
		const note =
			event.target instanceof Element && event.target.closest('.rd-note-inline, .rd-sidenote');
		const owner =
			marker ?? (note ? markerIn(document.getElementById(note.id.replace(/^\w+/, 'ref'))) : null);
		if (owner?.hasAttribute('aria-controls')) this.#toggleInline(owner);
		else if (note) owner?.focus();
	}

	/** Focus leaving a sidenote takes its links back out of the tab order. */
	#onLeave({ target, relatedTarget }: FocusEvent): void {
		const side = target instanceof Element && target.closest<HTMLElement>('.rd-sidenote');
		if (side && !side.contains(relatedTarget as Node)) sidenoteLinks(side, false);
	}

	#openFromHash(): void {
		const id = location.hash.startsWith('#note-') && `ref-${location.hash.slice(6)}`;
		const marker = id ? markerIn(document.getElementById(id)) : null;
		if (!marker) return;
		marker.scrollIntoView({ block: 'center' });
		this.#open(marker);
	}

	#open(marker: HTMLAnchorElement): void {
		const note = noteFor(marker);
		if (!note) return;
		if (this.#isSidenote(marker)) {
			const side = document.getElementById(`side-${marker.dataset['note'] ?? ''}`);
			if (side) sidenoteLinks(side, true).focus();
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

	#isSidenote(marker: HTMLElement): boolean {
		const crowded = this.#crowded.has(marker.dataset['note'] ?? '');
		return WIDE.matches && !marker.closest('reader-scrolly') && !crowded;
	}

	/** One layout in the next frame, however many changes ask for it. */
	#queueLayout(): void {
		if (!this.#queued) requestAnimationFrame(() => this.#layout());
		this.#queued = true;
	}

	/** Sidenotes on wide screens (built once, re-stacked on every change); none elsewhere. */
	#layout(): void {
		this.#queued = false;
		const column = this.querySelector<HTMLElement>('.rd-text');
		if (!column) return;
		this.#crowded.clear();
		if (!WIDE.matches) {
			for (const side of column.querySelectorAll('.rd-sidenote')) side.remove();
			return;
		}
		const markers = this.querySelectorAll<HTMLAnchorElement>(MARKER);
		this.#crowded = layoutSidenotes(
			column,
			[...markers].filter((m) => this.#isSidenote(m)),
		);
	}
}

const markerIn = (target: EventTarget | null) =>
	target instanceof Element ? target.closest<HTMLAnchorElement>(MARKER) : null;

customElements.define('reader-notes', ReaderNotes);
