/** The step the address is about to name ('' for none): the latest step named wins. */
let pending: string | undefined;

/**
 * Names step `id` in the address (none for '') with no history entry, in a task of its own (slow
 * on a phone), and never in place of an anchor the reader chose (a section, a note), even in between.
 */
export function showStepInAddress(id: string): void {
	if (!followsSteps()) return;
	if (pending === undefined) setTimeout(rename);
	pending = id || (pending ?? '');
}

function rename(): void {
	const hash = pending ? `#${pending}` : '';
	pending = undefined;
	const url = hash || location.pathname + location.search;
	if (location.hash !== hash && followsSteps()) history.replaceState(history.state, '', url);
}

function followsSteps(): boolean {
	return !location.hash || !!document.getElementById(location.hash.slice(1))?.matches('.rd-step');
}
