import { ReaderElement } from './reader-element';

/**
 * `<reader-toc>`: marks the contents link of the section being read with `aria-current`.
 * The section counts as current once its top passes a line a third of the way down the viewport.
 */
class ReaderToc extends ReaderElement {
	connectedCallback(): void {
		const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
		const sections = links.flatMap((a) => document.getElementById(a.hash.slice(1)) ?? []);
		const visible = new Set<Element>();
		const observer = new IntersectionObserver(
			(entries) => {
				for (const { target, isIntersecting } of entries)
					visible[isIntersecting ? 'add' : 'delete'](target);
				const current = sections.findLast((s) => visible.has(s));
				for (const a of links) a.setAttribute('aria-current', String(a.hash === `#${current?.id}`));
			},
			{ rootMargin: '0px 0px -66% 0px' },
		);
		for (const section of sections) observer.observe(section);
		this.signal.addEventListener('abort', () => observer.disconnect());
		// In the header's contents panel, following a link also closes the panel.
		this.onclick = (event) => {
			if (event.target instanceof Element && event.target.closest('a'))
				this.closest<HTMLElement>('[popover]')?.hidePopover();
		};
	}
}

customElements.define('reader-toc', ReaderToc);
