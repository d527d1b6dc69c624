import { stackSidenotes } from '../lib/notes/stack-sidenotes';
import { noteCopy } from './note-copy';

/** How far (px) from its marker a sidenote may be moved before it becomes a popover instead. */
const MAX_SHIFT = 240;

/** The endnote a marker points to. */
export function noteFor(marker: HTMLElement): HTMLElement | null {
	return document.getElementById(`note-${marker.dataset['note'] ?? ''}`);
}

/** The paragraph-level element a marker sits in: notes open after it, never inside it. */
export function blockOf(marker: HTMLElement): HTMLElement {
	return marker.closest<HTMLElement>('.rd-prose > *, .rd-step__text > *, li') ?? marker;
}

/**
 * Puts a sidenote beside each marker in `column`'s margin, stacked so none overlaps another or
 * a figure reaching into the margin. Sidenotes are copies of the endnotes, made once and placed
 * after their paragraph (so the tab order follows the text). Returns the ids of notes that would
 * land too far from their marker: those stay hidden and open as popovers.
 */
export function layoutSidenotes(column: HTMLElement, markers: readonly HTMLElement[]): Set<string> {
	const pairs = markers
		.filter((marker) => marker.offsetParent !== null)
		.flatMap((marker) => {
			const side = sidenoteFor(marker, column);
			if (side) side.hidden = false;
			return side ? [{ marker, side }] : [];
		});
	const origin = column.getBoundingClientRect().top;
	const figures = [...column.querySelectorAll('reader-scrolly')].map((figure) => {
		const box = figure.getBoundingClientRect();
		return { top: box.top - origin, height: box.height };
	});
	const spans = pairs.map(({ marker, side }) => ({
		top: marker.getBoundingClientRect().top - origin - 4,
		height: side.offsetHeight,
		long: side.scrollHeight > side.clientHeight + 1,
	}));
	const tops = stackSidenotes(spans, figures, MAX_SHIFT);
	const crowded = new Set<string>();
	pairs.forEach(({ marker, side }, i) => {
		const top = tops[i];
		side.hidden = top === null || top === undefined;
		side.toggleAttribute('data-long', spans[i]?.long);
		if (side.hidden) crowded.add(marker.dataset['note'] ?? '');
		else side.style.top = `${top}px`;
	});
	return crowded;
}

function sidenoteFor(marker: HTMLElement, column: HTMLElement): HTMLElement | undefined {
	const id = `side-${marker.dataset['note'] ?? ''}`;
	const existing = column.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
	if (existing) return existing;
	const note = noteFor(marker);
	if (!note) return undefined;
	const side = sidenoteLinks(noteCopy(note, 'div', 'rd-sidenote', id), false);
	side.tabIndex = -1;
	side.setAttribute('role', 'note');
	side.setAttribute('aria-label', marker.getAttribute('aria-label') ?? 'Note');
	blockOf(marker).after(side);
	return side;
}

/** Takes a sidenote's links out of the tab order (its marker leads in), or puts them back. */
export function sidenoteLinks(side: HTMLElement, reachable: boolean): HTMLElement {
	for (const link of side.querySelectorAll('a')) link.tabIndex = reachable ? 0 : -1;
	return side;
}
