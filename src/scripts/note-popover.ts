import { placePopover } from '../lib/notes/place-popover';
import { noteCopy } from './note-copy';

/**
 * One popover for the page's notes, in the browser's top layer (`popover="auto"`): Escape and a
 * click outside close it natively; it stays open while the pointer or focus is inside it, so
 * its links can be used. Focus moves into it and returns to the marker when it closes.
 */
export class NotePopover {
	#element: HTMLElement | undefined;
	#marker: HTMLElement | undefined;

	open(marker: HTMLElement, note: HTMLElement): void {
		const popover = this.#ensure();
		const wasOpen = popover.matches(':popover-open');
		if (wasOpen) popover.hidePopover();
		if (wasOpen && this.#marker === marker) return; // its marker again: a toggle
		popover.replaceChildren(...noteCopy(note, 'div', 'rd-note-popover__body', '').childNodes);
		popover.dataset['kind'] = note.dataset['kind'] ?? '';
		popover.setAttribute('aria-label', marker.getAttribute('aria-label') ?? 'Note');
		this.#marker = marker;
		marker.setAttribute('aria-expanded', 'true');
		popover.showPopover();
		place(popover, marker);
		popover.focus();
	}

	close(): void {
		if (this.#element?.matches(':popover-open')) this.#element.hidePopover();
	}

	#ensure(): HTMLElement {
		if (this.#element) return this.#element;
		const popover = document.createElement('div');
		popover.className = 'rd-note-popover';
		popover.popover = 'auto';
		popover.setAttribute('role', 'dialog');
		popover.tabIndex = -1;
		popover.addEventListener('toggle', (event) => {
			if ((event as ToggleEvent).newState !== 'closed' || !this.#marker) return;
			const focus = document.activeElement;
			this.#marker.setAttribute('aria-expanded', 'false');
			if (!focus || focus === document.body || popover.contains(focus)) this.#marker.focus();
		});
		document.body.append(popover);
		this.#element = popover;
		return popover;
	}
}

/** Puts the popover under its marker (above it when there is no room), inside the viewport. */
function place(popover: HTMLElement, marker: HTMLElement): void {
	const [box, size] = [marker.getBoundingClientRect(), popover.getBoundingClientRect()];
	const { left, top } = placePopover(box, size, { width: innerWidth, height: innerHeight });
	Object.assign(popover.style, { left: `${left}px`, top: `${top}px` });
}
