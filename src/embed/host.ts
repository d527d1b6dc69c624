/**
 * The host script, served as /embed.js (src/pages/embed.js.ts builds it from this file alone:
 * no imports, no dependency). On the page that embeds a section it turns each placeholder
 * (the snippet's `<blockquote class="reader-embed" data-embed="…">`, src/lib/embed/snippet.ts) and each bare
 * iframe of ours into a lazily loaded frame whose height follows its content, and tells each
 * frame near the viewport where it sits in that viewport (once a frame at most), so its steps
 * follow the reader's scrolling. It trusts only messages from its own frames' windows and
 * this site's origin, with the sentinel and version of src/embed/protocol.ts.
 */
export function hostEmbeds(script: HTMLScriptElement | null): void {
	// Every snippet carries this script, so a page with two embeds runs it twice: the first run
	// serves every frame, and a later one only asks it to look for placeholders pasted since.
	const registry = window as unknown as Record<string, (() => void) | undefined>;
	const running = registry['annotatedReaderEmbeds'];
	if (running) return running();
	const SENTINEL = 'annotated-reader-embed';
	const VERSION = 1;
	const [MIN_HEIGHT, MAX_HEIGHT] = [80, 20000];
	const CAUSES = ['scroll', 'touch', 'end', 'jump'] as const;
	type Cause = (typeof CAUSES)[number];
	const site = new URL(script?.src ?? location.href).origin;
	const frames = new Set<HTMLIFrameElement>();
	const near = new Set<HTMLIFrameElement>();
	/** Frames showing an embed page: before it loads, a frame holds a blank page of no origin. */
	const loaded = new Set<HTMLIFrameElement>();
	const pending = new Set<Cause>();
	let fingers = 0;

	const isEmbed = (href: string | null) => {
		try {
			const url = new URL(href ?? '', location.href);
			return url.origin === site && url.pathname.startsWith('/embed/');
		} catch {
			return false;
		}
	};
	const send = (frame: HTMLIFrameElement, cause: Cause) => {
		if (!loaded.has(frame)) return;
		const top = frame.getBoundingClientRect().top + frame.clientTop;
		const position = { top, viewportHeight: innerHeight, cause, fingers };
		const message = { sentinel: SENTINEL, version: VERSION, type: 'position', ...position };
		frame.contentWindow?.postMessage(message, site);
	};
	const relay = (cause: Cause) => {
		if (pending.size === 0)
			requestAnimationFrame(() => {
				for (const each of CAUSES) if (pending.has(each)) near.forEach((f) => send(f, each));
				pending.clear();
			});
		pending.add(cause);
	};
	const watcher = new IntersectionObserver(
		(entries) => {
			for (const { target, isIntersecting } of entries) {
				const frame = target as HTMLIFrameElement;
				// A frame leaving is told where it was left; one arriving, where it is.
				if (!isIntersecting) {
					if (near.delete(frame)) send(frame, 'scroll');
				} else if (!near.has(frame)) {
					near.add(frame);
					send(frame, 'scroll');
				}
			}
		},
		{ rootMargin: '100% 0px' },
	);
	const adopt = (frame: HTMLIFrameElement) => {
		if (frames.has(frame)) return;
		frames.add(frame);
		Object.assign(frame.style, { width: '100%', border: '0', display: 'block' });
		frame.addEventListener('load', () => {
			loaded.add(frame);
			send(frame, 'jump');
		});
		watcher.observe(frame);
	};
	const replace = (placeholder: HTMLElement) => {
		const src = placeholder.dataset['embed'] ?? null;
		if (!isEmbed(src)) return;
		const frame = document.createElement('iframe');
		// The quote reads "<section>, from an annotated reading of …": the frame's name too.
		frame.title = placeholder.textContent?.replace(/\s+/g, ' ').trim() || 'Embedded section';
		frame.loading = 'lazy';
		frame.setAttribute(
			'sandbox',
			'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
		);
		frame.style.height = `${Number(placeholder.dataset['height']) || 500}px`;
		frame.src = new URL(src ?? '', location.href).href;
		placeholder.replaceWith(frame);
		adopt(frame);
	};
	const scan = () => {
		document.querySelectorAll<HTMLElement>('blockquote.reader-embed[data-embed]').forEach(replace);
		document
			.querySelectorAll('iframe')
			.forEach((frame) => isEmbed(frame.getAttribute('src')) && adopt(frame));
	};

	addEventListener('message', (event) => {
		const frame = [...frames].find((each) => each.contentWindow === event.source);
		const data: unknown = event.data;
		if (!frame || event.origin !== site || typeof data !== 'object' || data === null) return;
		const { sentinel, version, type, height } = data as Record<string, unknown>;
		if (sentinel !== SENTINEL || version !== VERSION) return;
		if (type === 'ready') {
			loaded.add(frame);
			send(frame, 'jump');
		}
		// A height no page has is a fault or an attack, not a size to clamp.
		if (type !== 'height' || typeof height !== 'number' || !(height >= 0 && height < 1e6)) return;
		const clamped = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
		frame.style.height = `${clamped}px`;
	});
	const on = (type: string, listener: (event: Event) => void) =>
		addEventListener(type, listener, { passive: true });
	on('scroll', () => relay('scroll'));
	on('scrollend', () => relay('end'));
	on('resize', () => relay('jump'));
	for (const type of ['touchstart', 'touchend', 'touchcancel'])
		on(type, (event) => ((fingers = (event as TouchEvent).touches.length), relay('touch')));
	registry['annotatedReaderEmbeds'] = scan;
	if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan);
	else scan();
}
