/** What the PDF's cover says beyond what the article page already holds. */
export interface CoverFacts {
	/** The edition's date, e.g. "6 December 2026". */
	readonly edition: string;
	/** The address of the article on the web. */
	readonly url: string;
}

/**
 * Runs in the article page before Paged.js lays it out (serialised by Playwright, so it uses
 * nothing from outside its body): puts a cover and a contents page in front of the article.
 * The cover repeats the title, dek and credit (the print rules write out the original's
 * address); the
 * contents link to each section and the sources, and pdf.css fills in their page numbers.
 */
export function addFrontMatter({ edition, url }: CoverFacts): void {
	const article = document.querySelector('.rd-article');
	const header = document.querySelector('.rd-article-header');
	if (!article || !header) throw new Error('addFrontMatter: not an article page');
	const make = (tag: string, className: string, text = ''): HTMLElement => {
		const element = document.createElement(tag);
		element.className = className;
		element.textContent = text;
		return element;
	};

	const cover = make('section', 'rd-pdf-cover');
	cover.append(...[...header.children].map((child) => child.cloneNode(true)));
	cover.append(
		make('p', 'rd-pdf-edition rd-ui', `The annotated edition of ${edition}, with every note.`),
		make('p', 'rd-pdf-url rd-ui', `Read it on the web: ${url}`),
	);

	const contents = make('nav', 'rd-pdf-contents');
	contents.setAttribute('aria-labelledby', 'rd-pdf-contents-title');
	const title = make('h2', '', 'Contents');
	title.id = 'rd-pdf-contents-title';
	const list = make('ol', 'rd-ui');
	const targets = document.querySelectorAll<HTMLElement>('.rd-section, .rd-bibliography');
	for (const target of targets) {
		const heading = target.querySelector('h2');
		if (!heading || !target.id) continue;
		const item = document.createElement('li');
		const link = make('a', '', heading.textContent?.trim() ?? '');
		link.setAttribute('href', `#${target.id}`);
		item.append(link);
		list.append(item);
	}
	contents.append(title, list);
	article.prepend(cover, contents);
}

/**
 * Runs in the article page before Paged.js, after `addFrontMatter`: moves each endnote beside
 * its marker in the text as a page-foot note (pdf.css floats it to the foot of the page the
 * marker falls on), numbered and labelled as the endnote was, and drops the endnote lists.
 */
export function notesToFootnotes(): void {
	for (const note of document.querySelectorAll<HTMLLIElement>('.rd-endnotes li[id]')) {
		const marker = document.querySelector(`.rd-note-ref[href="#${CSS.escape(note.id)}"]`);
		if (!marker) continue;
		const footnote = document.createElement('span');
		footnote.className = 'rd-pdf-footnote';
		footnote.dataset['kind'] = note.dataset['kind'] ?? '';
		const number = document.createElement('b');
		number.textContent = `${note.value}. `;
		footnote.append(number);
		// Its paragraphs (label; claim, verdict, record; sources) run on, set apart by dots.
		const parts = [...note.children].filter((part) => !part.classList.contains('rd-note-back'));
		parts.forEach((part, i) => {
			const span = document.createElement('span');
			span.className = part.className;
			span.innerHTML = part.innerHTML;
			footnote.append(i === 0 ? '' : i === 1 ? ' ' : ' · ', span);
		});
		marker.after(footnote);
	}
	for (const list of document.querySelectorAll('.rd-endnotes')) list.remove();
}
