/**
 * The messages between an embed page and the page that frames it. Ours carry a sentinel and a
 * version; the embed also speaks the height messages hosts already understand (Pym.js, AMP,
 * WordPress) and reads the positions a Pym.js parent sends. The host script (src/embed/host.ts)
 * repeats the sentinel and version, as it is built on its own: tests/unit/embed checks they agree.
 */
export const SENTINEL = 'annotated-reader-embed';
export const VERSION = 1;

/** Why the host sent a position: it scrolled, its scroll ended, a finger landed or lifted, or it jumped. */
export type HostCause = 'scroll' | 'end' | 'touch' | 'jump';
const CAUSES: readonly string[] = ['scroll', 'end', 'touch', 'jump'];

/** The frame's box in the host's viewport, as the host relays it. */
export interface HostPosition {
	/** The top of the frame's content, in CSS pixels from the top of the host's viewport. */
	readonly top: number;
	/** The height of the host's viewport. */
	readonly viewportHeight: number;
	readonly cause: HostCause;
	/** Fingers on the host's page (for `touch`; 0 otherwise). */
	readonly fingers: number;
}

const within = (value: unknown, min: number, max: number): value is number =>
	typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** Far beyond any real page, short of values that would overflow a layout. */
const MAX_OFFSET = 10_000_000;
const MAX_VIEWPORT = 100_000;

/**
 * A position from `data` (our message, or a Pym.js parent's `viewport-iframe-position` for
 * child `pymId`), or `undefined` for anything else: wrong sentinel, version, shape or range.
 */
export function readPosition(data: unknown, pymId?: string): HostPosition | undefined {
	if (typeof data === 'string') return pymId ? readPymPosition(data, pymId) : undefined;
	if (typeof data !== 'object' || data === null) return undefined;
	const { sentinel, version, type, top, viewportHeight, cause, fingers } = data as Record<
		string,
		unknown
	>;
	if (sentinel !== SENTINEL || version !== VERSION || type !== 'position') return undefined;
	if (!within(top, -MAX_OFFSET, MAX_OFFSET) || !within(viewportHeight, 1, MAX_VIEWPORT))
		return undefined;
	if (typeof cause !== 'string' || !CAUSES.includes(cause)) return undefined;
	if (!within(fingers, 0, 10) || !Number.isInteger(fingers)) return undefined;
	return { top, viewportHeight, cause: cause as HostCause, fingers };
}

/** `pymxPYMx<id>xPYMxviewport-iframe-positionxPYMx<width> <height> <top> <left> <bottom> <right>`. */
function readPymPosition(data: string, pymId: string): HostPosition | undefined {
	const prefix = `pymxPYMx${pymId}xPYMxviewport-iframe-positionxPYMx`;
	if (!data.startsWith(prefix) || data.length > prefix.length + 200) return undefined;
	const numbers = data.slice(prefix.length).split(' ').map(Number);
	const [, viewportHeight, top] = numbers;
	if (numbers.length !== 6 || !numbers.every((n) => within(n, -MAX_OFFSET, MAX_OFFSET)))
		return undefined;
	if (!within(viewportHeight, 1, MAX_VIEWPORT) || top === undefined) return undefined;
	// Pym says nothing of scroll ends or fingers: the rest comes from a quiet interval.
	return { top, viewportHeight, cause: 'scroll', fingers: 0 };
}

/** What the embed tells a host: how tall it is, or that it is ready for positions. */
export type EmbedMessage =
	{ readonly type: 'height'; readonly height: number } | { readonly type: 'ready' };

/**
 * The messages that say `message` in every dialect a host may speak: ours; Pym.js's strings
 * (when the frame's address names a `childId`); AMP's `embed-size`; WordPress's `height` (when
 * the address carries its `secret`).
 */
export function dialects(
	message: EmbedMessage,
	address: { readonly pymId?: string | undefined; readonly wpSecret?: string | undefined },
): unknown[] {
	const ours = { sentinel: SENTINEL, version: VERSION, ...message };
	const { pymId, wpSecret } = address;
	const pym = (type: string, text = '') => `pymxPYMx${pymId}xPYMx${type}xPYMx${text}`;
	if (message.type === 'ready') return pymId ? [ours, pym('parentPositionInfo')] : [ours];
	const { height } = message;
	return [
		ours,
		...(pymId ? [pym('height', String(height))] : []),
		{ sentinel: 'amp', type: 'embed-size', height },
		...(wpSecret ? [{ message: 'height', value: height, secret: wpSecret }] : []),
	];
}

/**
 * What the frame's address says: a Pym.js parent's `childId` (query), WordPress's
 * `#?secret=…` and the step a link names (`#<step>`, before any `#?secret`).
 */
export function readAddress(
	search: string,
	hash: string,
): {
	pymId: string | undefined;
	wpSecret: string | undefined;
	step: string | undefined;
} {
	const pymId = new URLSearchParams(search).get('childId') ?? undefined;
	const wpSecret = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1];
	const step = /^#([A-Za-z0-9_-]+)/.exec(hash)?.[1];
	return { pymId: pymId && /^[\w-]{1,64}$/.test(pymId) ? pymId : undefined, wpSecret, step };
}
