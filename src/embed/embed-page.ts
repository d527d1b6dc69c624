import { useViewportSource } from '../scripts/page-rest';
import { EmbedViewport } from './embed-viewport';
import { watchHeight } from './frame-height';
import { ChartPins } from './pin-chart';
import { dialects, readAddress, readPosition, type EmbedMessage } from './protocol';
import { Stepper } from './stepper';

/** How long the embed waits for a host to relay positions before it offers the stepper. */
export const DECIDE_MS = 1000;

/**
 * An embed page's runtime. It runs before the scrollies start (its script comes first in the
 * page), so their step engine never reads this frame's own window, which does not scroll.
 * It tells the host its height in every dialect the host may speak, asks for positions, and
 * picks its mode once: `scroll` at the first valid position from the parent window, else
 * `stepper` a second after it started. The mode is `html[data-embed]`; until it is set the
 * scrollies show their static figures.
 */
const viewport = new EmbedViewport();
useViewportSource(viewport);

const address = readAddress(location.search, location.hash);
// WordPress appends `#?secret=…`; the address keeps only the step a link may name.
if (address.wpSecret)
	history.replaceState(
		history.state,
		'',
		address.step ? `#${address.step}` : location.pathname + location.search,
	);
const framed = window.parent !== window;
const root = document.documentElement;
const scrollies = [...document.querySelectorAll<HTMLElement>('reader-scrolly')];
let pins: ChartPins | undefined;
let hostViewportHeight = 0;

const post = (message: EmbedMessage) => {
	if (framed) for (const data of dialects(message, address)) window.parent.postMessage(data, '*');
};

// A link out of the frame opens a new tab: the frame's sandbox lets it, and not its host's page.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
	if (link.getAttribute('href')?.startsWith('#')) continue;
	link.target = '_blank';
	link.relList.add('noopener');
}

addEventListener('message', (event) => {
	if (!framed || event.source !== window.parent) return;
	const position = readPosition(event.data, address.pymId);
	if (!position) return;
	if (!root.dataset['embed']) {
		root.dataset['embed'] = 'scroll';
		pins = new ChartPins(scrollies);
	}
	if (root.dataset['embed'] !== 'scroll') return;
	if (position.viewportHeight !== hostViewportHeight) {
		hostViewportHeight = position.viewportHeight;
		root.style.setProperty('--rd-host-vh', `${hostViewportHeight / 100}px`);
	}
	viewport.relay(position);
	pins?.follow(-position.top);
});

function offerStepper(): void {
	if (root.dataset['embed']) return;
	root.dataset['embed'] = 'stepper';
	const steppers = scrollies.map(
		(scrolly) => new Stepper(scrolly, address.step, () => viewport.settle('jump')),
	);
	viewport.step(() => steppers.find((stepper) => stepper.current)?.current);
}

watchHeight((height) => post({ type: 'height', height }));
// Asked again while deciding: a host script that arrives after this page loaded (an iframe
// pasted before the script) hears one of these, and knows the frame is ready for positions.
for (let at = 0; at < DECIDE_MS; at += DECIDE_MS / 4)
	setTimeout(() => root.dataset['embed'] || post({ type: 'ready' }), at);
if (framed) setTimeout(offerStepper, DECIDE_MS);
else offerStepper();
