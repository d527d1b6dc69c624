/**
 * `<reader-embed-control>`, the panel of a section's Embed disclosure. When the panel first
 * opens it adds the two snippets (from lib/embed/snippet, as the oEmbed files do); each
 * `button[data-copy]` copies the field it names and says so in the status region; Escape
 * closes the disclosure and returns to its summary. Without JavaScript the panel offers the
 * address alone, as a link. What the snippets name is read from the page: the section,
 * its heading, the canonical address and the JSON-LD's original work.
 */
import { iframeSnippet, scriptSnippet, type EmbedTarget } from '../lib/embed/snippet';
import { ReaderElement } from '../scripts/reader-element';

class ReaderEmbedControl extends ReaderElement {
	connectedCallback(): void {
		const details = this.closest('details');
		if (!details) return;
		const { signal } = this;
		this.addEventListener('click', (event) => void this.#copy(event), { signal });
		details.addEventListener('toggle', () => this.#addSnippets(), { signal, once: true });
		details.addEventListener(
			'keydown',
			(event) => {
				if (event.key !== 'Escape' || !details.open) return;
				details.open = false;
				details.querySelector('summary')?.focus();
			},
			{ signal },
		);
	}

	#addSnippets(): void {
		const section = this.closest('section');
		if (!section) return;
		const target: EmbedTarget = {
			article: location.pathname.split('/')[1] ?? '',
			section: section.id,
			title: section.querySelector('h2')?.textContent.trim() ?? '',
			original: originalWork(),
			hasFigure: section.querySelector('reader-scrolly') !== null,
			site: new URL('/', document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href),
		};
		const fields = [
			['script', 'Snippet for your page', scriptSnippet(target)],
			['iframe', 'Plain iframe, where scripts are not allowed', iframeSnippet(target)],
		].map(([name = '', label = '', value = '']) => {
			const field = document.createElement('div');
			field.className = 'rd-embed__field';
			const id = `${section.id}-embed-${name}`;
			field.innerHTML = `<label for="${id}"></label><textarea id="${id}" rows="4" readonly spellcheck="false"></textarea><button type="button" class="rd-pill rd-ui" data-copy="${id}">Copy</button>`;
			field.querySelector('label')?.append(label);
			field.querySelector('textarea')?.append(value);
			field.querySelector('button')?.setAttribute('aria-label', `Copy the ${label.toLowerCase()}`);
			return field;
		});
		this.querySelector('.rd-embed__field')?.before(...fields);
	}

	async #copy(event: Event): Promise<void> {
		const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
		const field = button && this.querySelector(`#${button.dataset['copy']}`);
		const label = button?.parentElement?.querySelector('label, .rd-embed__label');
		const status = this.querySelector('[role="status"]');
		if (!field || !status) return;
		try {
			await navigator.clipboard.writeText(
				field instanceof HTMLTextAreaElement ? field.value : (field.textContent ?? ''),
			);
			status.textContent = `Copied: ${label?.textContent ?? ''}`;
		} catch {
			if (field instanceof HTMLTextAreaElement) field.select();
			else getSelection()?.selectAllChildren(field);
			status.textContent = 'Copying was blocked: the text is selected, copy it with your keyboard.';
		}
	}
}

/** The essay the article retells, as the page's JSON-LD names it (`isBasedOn`). */
function originalWork(): EmbedTarget['original'] {
	try {
		const jsonLd = document.querySelector('script[type="application/ld+json"]')?.textContent;
		const { isBasedOn } = JSON.parse(jsonLd ?? '{}') as {
			isBasedOn?: { headline?: string; author?: { name?: string } };
		};
		return { title: isBasedOn?.headline ?? '', author: isBasedOn?.author?.name ?? '' };
	} catch {
		return { title: '', author: '' };
	}
}

customElements.define('reader-embed-control', ReaderEmbedControl);
