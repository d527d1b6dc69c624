/** A display copy of an endnote: same content and kind, its number first, no ids or back link. */
export function noteCopy(
	note: HTMLElement,
	tag: string,
	className: string,
	id: string,
): HTMLElement {
	const copy = document.createElement(tag);
	copy.className = className;
	copy.id = id;
	copy.dataset['kind'] = note.dataset['kind'] ?? '';
	const number = document.createElement('span');
	number.className = 'rd-note-number';
	number.textContent = note.getAttribute('value') ?? '';
	copy.append(number, ...[...note.childNodes].map((node) => node.cloneNode(true)));
	for (const back of copy.querySelectorAll('.rd-note-back')) back.remove();
	for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
	return copy;
}
