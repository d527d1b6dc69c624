import { QUIET_MS, RestDetector } from '../lib/scrolly/rest';
import { TRIGGER } from '../lib/scrolly/step-track';
import type { Cause, Viewport, ViewportSource } from '../lib/scrolly/viewport';
import type { HostPosition } from './protocol';

type Events = Parameters<ViewportSource['watch']>[0];

// Relayed positions cross two processes and the host's frame throttle, so a busy machine leaves
// longer gaps between them than between a page's own scroll events; a gap must not pass for a
// rest mid-fling. The host relays `scrollend` too, which still rests the embed at once.
const RELAYED_QUIET_MS = 2 * QUIET_MS;

/**
 * The step engine's viewport in an embed. A frame that grows to its content never scrolls, so
 * its own window says nothing of what the reader sees. Until the embed knows its mode this
 * source reports nothing (the scrollies wait). Relayed: the viewport is the host's, moved by the
 * positions the host sends, at rest by the same rules as a page's own scrolling. Stepped: the
 * viewport puts the trigger line just below the top of the step the stepper shows.
 */
export class EmbedViewport implements ViewportSource {
	#events: Events | undefined;
	#rest: RestDetector | undefined;
	#position: HostPosition | undefined;
	#fingers = 0;
	#stepped: (() => Element | undefined) | undefined;

	read(): Viewport {
		const step = this.#stepped?.();
		if (step) {
			const height = innerHeight;
			const top = step.getBoundingClientRect().top + scrollY;
			return { top: top + 1 - height * TRIGGER, height };
		}
		const position = this.#position;
		return position
			? { top: -position.top, height: position.viewportHeight }
			: { top: 0, height: innerHeight };
	}

	watch(events: Events, signal: AbortSignal): void {
		const rest = new RestDetector(events.moved, events.settled, RELAYED_QUIET_MS);
		this.#events = events;
		this.#rest = rest;
		signal.addEventListener('abort', () => {
			rest.stop();
			if (this.#rest === rest) this.#rest = this.#events = undefined;
		});
		if (this.#position || this.#stepped) rest.jump();
	}

	/** The host relayed a position: the first, a resize or a load jump; the rest move or rest. */
	relay(position: HostPosition): void {
		const first = !this.#position;
		this.#position = position;
		const rest = this.#rest;
		if (!rest) return;
		if (first || position.cause === 'jump') rest.jump();
		else if (position.cause === 'scroll') rest.scroll();
		else if (position.cause === 'end') rest.scrollEnd();
		else rest.touch(position.fingers, position.fingers > this.#fingers);
		this.#fingers = position.fingers;
	}

	/** The stepper drives the steps: `current` is the step it shows. Settles as a jump now. */
	step(current: () => Element | undefined): void {
		this.#stepped = current;
		this.settle('jump');
	}

	/** Has the scrollies read again now (a stepper's change, a layout change). */
	settle(cause: Cause): void {
		if (cause === 'jump') this.#rest?.jump();
		else this.#events?.settled(cause);
	}
}
